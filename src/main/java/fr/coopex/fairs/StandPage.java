package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stand as one viewer sees it. Participants (companies holding area) and the
 * ecosystem's coordinators see every booking; other members see the stand, the area left
 * and their own booking only.
 *
 * @param bookings every booking, for participants and coordinators; empty for others
 * @param own the viewer's company's booking, if any
 * @param mayBook whether the viewer's company is an active member of the ecosystem
 * @param takesBookings open and before the deadline
 * @param poolId the stand's cost pool in the ledger, or null (a stand opened before
 * stands had pools)
 */
public record StandPage(StandSummary stand, String description, long version, boolean coordinator, boolean participant,
		boolean mayBook, boolean takesBookings, boolean pastDeadline, Booking own, List<Booking> bookings,
		List<StandStatus> nextStatuses, Long poolId) {

	/** One company's booking. */
	public record Booking(long id, long companyId, String companyName, BigDecimal area, BookingStatus status,
			Instant bookedAt, long version) {
	}

	public boolean seesBookings() {
		return this.coordinator || this.participant;
	}

	/**
	 * Whether the viewer may open the stand's cost pool: its coordinators, and the
	 * companies that booked (also those that left it, which see what they are owed).
	 */
	public boolean seesPool() {
		return this.poolId != null && (this.coordinator || this.own != null);
	}

}
