package fr.coopex.ecosystems;

/**
 * What happens in ecosystems, for notifications, the audit trail and other modules. Ids
 * and values only.
 */
public final class EcosystemEvents {

	private EcosystemEvents() {
	}

	public record EcosystemCreated(long ecosystemId, String name, long createdBy) {
	}

	public record JoinRequested(long ecosystemId, String ecosystemName, long companyId, String companyName,
			long membershipId) {
	}

	public record MemberInvited(long ecosystemId, String ecosystemName, long companyId) {
	}

	public record MembershipApproved(long ecosystemId, String ecosystemName, long companyId, long decidedBy) {
	}

	public record MembershipRejected(long ecosystemId, String ecosystemName, long companyId, String reason,
			long decidedBy) {
	}

	public record MembershipEnded(long ecosystemId, long companyId, MembershipStatus how) {
	}

	public record CoordinatorAdded(long ecosystemId, long userId) {
	}

	/**
	 * These people stopped coordinating the ecosystem: their firm left it (sent with the
	 * firm's {@link MembershipEnded}).
	 */
	public record CoordinationEnded(long ecosystemId, java.util.List<Long> userIds) {
	}

	/** The description, markets, sectors, openness or status changed. */
	public record EcosystemDescribed(long ecosystemId) {
	}

	public record CharterPublished(long ecosystemId, String ecosystemName, int version) {
	}

}
