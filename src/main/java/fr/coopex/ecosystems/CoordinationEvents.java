package fr.coopex.ecosystems;

/**
 * What coordinators do to members and to coordination itself, for notifications and the
 * audit trail. Ids and values only.
 */
public final class CoordinationEvents {

	private CoordinationEvents() {
	}

	/** A coordinator removed a member company, saying why (the company is told). */
	public record MemberRemoved(long ecosystemId, String ecosystemName, long companyId, String reason, long removedBy) {
	}

	public record MemberRoleChanged(long ecosystemId, long companyId, MembershipRole role, long changedBy) {
	}

	public record CoordinatorRemoved(long ecosystemId, long userId, long removedBy) {
	}

	/**
	 * A coordinator proposed to hand coordination over to an organisation (a coordination
	 * body, or a member firm taking it back), which is asked to accept.
	 */
	public record HandoverProposed(long ecosystemId, String ecosystemName, long handoverId, long organisationId,
			long proposedBy) {
	}

	/**
	 * A proposal to hand coordination over was accepted, declined or withdrawn; the
	 * coordinators of the moment (after an acceptance, the new ones) are told.
	 */
	public record HandoverDecided(long ecosystemId, String ecosystemName, long handoverId, HandoverStatus status,
			String organisationName, long decidedBy) {
	}

}
