package fr.coopex.fairs;

/**
 * A company's booking of stand area. A booking cancelled before the deadline owes
 * nothing; cancelled after it (or once the stand is confirmed) it still owes its share,
 * unless the coordinator waives it.
 */
public enum BookingStatus {

	BOOKED, CANCELLED, CANCELLED_OWING, WAIVED;

	/** Whether the booking holds area of the stand, and owes its share of the costs. */
	public boolean holdsArea() {
		return this == BOOKED || this == CANCELLED_OWING;
	}

}
