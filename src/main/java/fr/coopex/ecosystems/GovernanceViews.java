package fr.coopex.ecosystems;

import java.time.Instant;
import java.util.List;

/**
 * Meetings and consultations as an insider of the ecosystem (a member or a coordinator)
 * sees them. Times are instants, shown in Europe/Paris.
 */
public final class GovernanceViews {

	private GovernanceViews() {
	}

	/** The meetings and consultations of an ecosystem, most recent first. */
	public record Overview(List<Meeting> meetings, List<Consultation> consultations) {
	}

	/**
	 * A meeting. {@code companiesYes}, {@code companiesMaybe} and {@code companiesNo}
	 * count companies by the best answer one of their people gave; {@code answers} are
	 * per company, for the meeting's page.
	 */
	public record Meeting(long id, String title, Instant startsAt, Instant endsAt, String place, String videoLink,
			String agenda, boolean held, String minutesText, String minutesFileName, MeetingAnswer ownAnswer,
			int companiesYes, int companiesMaybe, int companiesNo, List<CompanyAnswer> answers) {

		public boolean hasMinutes() {
			return this.minutesText != null || this.minutesFileName != null;
		}

	}

	public record CompanyAnswer(String company, MeetingAnswer answer) {
	}

	/**
	 * A consultation. While open, {@code votes} of the options are null and
	 * {@code ballots} empty; once closed, the counts are shown, and in an open ballot
	 * which company chose what. In a secret ballot {@code ballots} stays empty for
	 * everyone: the choices are not linked to the companies. {@code voters} names the
	 * companies that voted, in both.
	 */
	public record Consultation(long id, String question, List<Option> options, int quorumPercent, Majority majority,
			boolean secret, Instant deadline, boolean closed, String outcome, Long winningOptionId,
			int companiesEntitled, int companiesVoted, String charterText, boolean ownCompanyVoted, boolean canVote,
			List<String> voters, List<Ballot> ballots) {

		public boolean charter() {
			return this.charterText != null;
		}

	}

	public record Option(long id, String label, Integer votes) {
	}

	public record Ballot(String company, String option) {
	}

}
