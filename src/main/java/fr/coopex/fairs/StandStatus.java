package fr.coopex.fairs;

import java.util.Arrays;
import java.util.List;

/**
 * The life of a shared stand: open (companies book area) → closed (bookings stop) →
 * confirmed (ordered from the organiser) → settled (costs paid); or cancelled before it
 * is settled. A closed stand may be opened again.
 */
public enum StandStatus {

	OPEN, CLOSED, CONFIRMED, SETTLED, CANCELLED;

	public boolean canBecome(StandStatus next) {
		return switch (this) {
			case OPEN -> next == CLOSED || next == CANCELLED;
			case CLOSED -> next == OPEN || next == CONFIRMED || next == CANCELLED;
			case CONFIRMED -> next == SETTLED || next == CANCELLED;
			case SETTLED, CANCELLED -> false;
		};
	}

	/** The statuses this one may become, for the coordinator's buttons. */
	public List<StandStatus> next() {
		return Arrays.stream(values()).filter(this::canBecome).toList();
	}

	/** Whether the coordinator may still change the area, minimum share and deadline. */
	public boolean isEditable() {
		return this == OPEN || this == CLOSED;
	}

	/** Whether the stand is over, one way or the other. */
	public boolean isFinished() {
		return this == SETTLED || this == CANCELLED;
	}

}
