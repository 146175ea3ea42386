package fr.coopex.missions;

import java.math.BigDecimal;

/**
 * What happens on missions, for notifications, the audit trail and other modules (the
 * mission's cost pool itself is kept in step by {@link MissionManagement}, which calls
 * the ledger). Ids and values only: never a lead.
 */
public final class MissionEvents {

	private MissionEvents() {
	}

	/** A mission was proposed: the ecosystem's member companies are told. */
	public record MissionProposed(long missionId, long ecosystemId, MissionKind kind, String market, BigDecimal budget,
			long proposedBy, String title) {
	}

	/**
	 * A mission was closed, reopened, finished or cancelled: its participants are told.
	 */
	public record MissionStatusChanged(long missionId, MissionStatus from, MissionStatus to, long changedBy,
			String title) {
	}

}
