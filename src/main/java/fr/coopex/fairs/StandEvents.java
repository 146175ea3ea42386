package fr.coopex.fairs;

import java.math.BigDecimal;
import java.util.List;

/**
 * What happens on shared stands, for notifications, the audit trail and other modules
 * (the stand's cost pool itself is kept in step by {@link StandManagement}, which calls
 * the ledger). Ids and values only.
 */
public final class StandEvents {

	private StandEvents() {
	}

	public record StandOpened(long standId, long fairId, long ecosystemId, BigDecimal totalArea, long openedBy) {
	}

	/** A company booked area (also after cancelling before the deadline). */
	public record StandBooked(long standId, long bookingId, long companyId, BigDecimal area, long bookedBy) {
	}

	/** A company changed the area it booked. */
	public record StandBookingChanged(long standId, long bookingId, long companyId, BigDecimal previousArea,
			BigDecimal area, long changedBy) {
	}

	/**
	 * A company cancelled its booking; {@code owing} when it was after the deadline (or
	 * once the stand was confirmed): its share stays due.
	 */
	public record StandBookingCancelled(long standId, long bookingId, long companyId, BigDecimal area, boolean owing,
			long cancelledBy) {
	}

	/** The coordinator waived what a late cancellation owed. */
	public record StandBookingWaived(long standId, long bookingId, long companyId, BigDecimal area, long waivedBy) {
	}

	/** The stand changed status (every change, the confirmation included). */
	public record StandStatusChanged(long standId, StandStatus from, StandStatus to, long changedBy) {
	}

	/**
	 * The coordinator confirmed the stand: the shares that owe, as they stand at that
	 * moment.
	 */
	public record StandConfirmed(long standId, long fairId, long ecosystemId, BigDecimal totalArea,
			List<ConfirmedShare> shares, long confirmedBy) {
	}

	/**
	 * @param exhibits whether the company exhibits (booked), rather than owing a late
	 * cancellation
	 */
	public record ConfirmedShare(long bookingId, long companyId, BigDecimal area, boolean exhibits) {
	}

}
