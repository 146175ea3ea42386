package fr.coopex.fairs;

import java.math.BigDecimal;

/**
 * What member companies do on shared stands, for the notices their ecosystem's
 * coordinators get (the stand's cost pool itself is kept in step by
 * {@link StandManagement}, which calls the ledger). Ids and values only.
 */
public final class StandEvents {

	private StandEvents() {
	}

	/**
	 * A company booked area (also after cancelling before the deadline).
	 *
	 * @param fairName the fair the stand is at, for the notices
	 */
	public record StandBooked(long standId, long bookingId, long ecosystemId, String fairName, long companyId,
			String companyName, BigDecimal area, long bookedBy) {
	}

	/** A company changed the area it booked. */
	public record StandBookingChanged(long standId, long bookingId, long ecosystemId, String fairName, long companyId,
			String companyName, BigDecimal previousArea, BigDecimal area, long changedBy) {
	}

	/**
	 * A company cancelled its booking; {@code owing} when it was after the deadline (or
	 * once the stand was confirmed): its share stays due.
	 */
	public record StandBookingCancelled(long standId, long bookingId, long ecosystemId, String fairName, long companyId,
			String companyName, BigDecimal area, boolean owing, long cancelledBy) {
	}

}
