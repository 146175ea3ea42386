package fr.coopex.labels;

import java.time.LocalDate;

/**
 * What happens to label applications, published for the audit trail and the notifications
 * of the ecosystem's coordinators.
 */
public final class LabelEvents {

	private LabelEvents() {
	}

	/**
	 * An application (or its label) changed status.
	 *
	 * @param by the person who changed it; null for the expiry job
	 */
	public record ApplicationChanged(long applicationId, long ecosystemId, long agencyId, String schemeName,
			ApplicationStatus status, Long by, String reason, String labelNumber) {
	}

	/** A comment was written on an application. */
	public record CommentWritten(long applicationId, long ecosystemId, long agencyId, String schemeName, long by,
			boolean agencySide) {
	}

	/** A label ends soon: its coordinators are reminded, once per delay. */
	public record LabelEndsSoon(long applicationId, long ecosystemId, String schemeName, String labelNumber,
			LocalDate endsOn, int days) {
	}

}
