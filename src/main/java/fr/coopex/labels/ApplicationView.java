package fr.coopex.labels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An application as its coordinators and the scheme's agency read it.
 *
 * @param pack the evidence: frozen at submission, computed now while a draft
 * @param answers by criterion id
 * @param refusals the reason per criterion found not met, by criterion id
 * @param agencySide the reader is an officer of the scheme's agency
 * @param coordinatorSide the reader coordinates the ecosystem
 */
public record ApplicationView(long id, SchemeView scheme, long ecosystemId, String ecosystemName,
		ApplicationStatus status, Instant createdAt, Instant submittedAt, String statusReason, String labelNumber,
		LocalDate startsOn, LocalDate endsOn, long version, Long previousId, EvidencePack pack,
		Map<Long, String> answers, List<Document> documents, Map<Long, String> refusals, List<Comment> comments,
		boolean agencySide, boolean coordinatorSide) {

	/** A document attached to a criterion. */
	public record Document(long id, long criterionId, String fileName, int size) {
	}

	/** One message of the thread between coordinators and officers. */
	public record Comment(String authorName, boolean agencySide, String text, Instant createdAt) {
	}

	public boolean frozen() {
		return this.status != ApplicationStatus.DRAFT;
	}

	public List<Document> documentsOf(long criterionId) {
		return this.documents.stream().filter((d) -> d.criterionId() == criterionId).toList();
	}

}
