package fr.coopex.ecosystems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The meetings held and consultations closed in an ecosystem over a period, for its
 * transparency reports and label evidence. Periods are in Europe/Paris days, {@code from}
 * inclusive, {@code until} exclusive.
 */
public interface GovernanceRecord {

	List<MeetingHeld> meetingsHeld(long ecosystemId, LocalDate from, LocalDate until);

	List<ConsultationClosed> consultationsClosed(long ecosystemId, LocalDate from, LocalDate until);

	/** A meeting that took place, with how many member companies answered yes. */
	record MeetingHeld(long meetingId, Instant startsAt, String title, int companiesAttending, boolean minutesKept) {
	}

	/**
	 * A consultation whose deadline passed: its question, how many member companies voted
	 * out of how many could, and its recorded outcome ({@code adopted}, {@code rejected}
	 * or {@code no-quorum}) with the winning option when there is one.
	 */
	record ConsultationClosed(long consultationId, String question, Instant closedAt, int companiesVoted,
			int companiesEntitled, String outcome, String winningOption) {
	}

}
