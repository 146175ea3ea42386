package fr.coopex.missions;

import java.util.Arrays;
import java.util.List;

/**
 * The life of a mission: open (members opt in and out) → closed (the list of participants
 * is set) → done; or cancelled before it is done. A closed mission may be opened again.
 */
public enum MissionStatus {

	OPEN, CLOSED, DONE, CANCELLED;

	public boolean canBecome(MissionStatus next) {
		return switch (this) {
			case OPEN -> next == CLOSED || next == CANCELLED;
			case CLOSED -> next == OPEN || next == DONE || next == CANCELLED;
			case DONE, CANCELLED -> false;
		};
	}

	public List<MissionStatus> next() {
		return Arrays.stream(values()).filter(this::canBecome).toList();
	}

}
