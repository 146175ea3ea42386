package fr.coopex.missions;

import java.math.BigDecimal;
import java.time.Instant;

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

	/**
	 * A market note was shared with the other participants of a mission, for the register
	 * of information exchanged: who wrote it, to how many companies, and whether the
	 * author confirmed it after the price-talk warning ({@code false} when there was
	 * none). The note's text stays in the mission.
	 */
	public record FindingShared(long missionId, long ecosystemId, long findingId, long authorUserId,
			Long authorCompanyId, String title, int recipientCompanies, boolean priceWarningConfirmed,
			Instant sharedAt) {
	}

	/**
	 * A company shared a lead with named participants (when it is recorded, or when new
	 * participants are added to its shares), for the register of information exchanged:
	 * never the lead itself, only who shared it, with how many companies, and whether the
	 * author confirmed it after the price-talk warning.
	 */
	public record LeadShared(long missionId, long ecosystemId, long leadId, long authorUserId, long authorCompanyId,
			int recipientCompanies, boolean priceWarningConfirmed, Instant sharedAt) {
	}

}
