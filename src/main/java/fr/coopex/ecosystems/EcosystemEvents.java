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

	/**
	 * A company's membership ended: it withdrew its request, declined an invitation or
	 * left (its coordinators are told).
	 */
	public record MembershipEnded(long ecosystemId, long companyId, MembershipStatus how, String ecosystemName,
			String companyName) {
	}

	public record CoordinatorAdded(long ecosystemId, long userId) {
	}

	/** The description, markets, sectors, openness or status changed. */
	public record EcosystemDescribed(long ecosystemId) {
	}

	public record CharterPublished(long ecosystemId, String ecosystemName, int version) {
	}

	/**
	 * A coordinator announced something to every member of an ecosystem. For the register
	 * of information exchanged: who wrote, to how many member companies, and whether the
	 * author confirmed the text after the price-talk warning ({@code false} when there
	 * was no warning).
	 */
	public record AnnouncementPosted(long ecosystemId, long announcementId, long authorUserId, Long authorCompanyId,
			String title, int recipientCompanies, boolean priceWarningConfirmed, java.time.Instant postedAt) {
	}

	/**
	 * A coordinator called a meeting: the people of the member companies are invited (by
	 * e-mail with an iCalendar invitation, and in the app).
	 */
	public record MeetingCalled(long ecosystemId, String ecosystemName, long meetingId, String title,
			java.time.Instant startsAt) {
	}

	/** A coordinator opened a consultation: the member companies are asked to vote. */
	public record ConsultationOpened(long ecosystemId, String ecosystemName, long consultationId, String question,
			java.time.Instant deadline) {
	}

	/**
	 * A consultation's deadline passed and its result is recorded: {@code outcome} is
	 * {@code adopted}, {@code rejected} or {@code no-quorum}; {@code winningOption} is
	 * null when no option won; {@code charterVersion} is the charter version it brought
	 * into force, 0 for none.
	 */
	public record ConsultationDecided(long ecosystemId, String ecosystemName, long consultationId, String question,
			String outcome, String winningOption, int charterVersion) {
	}

}
