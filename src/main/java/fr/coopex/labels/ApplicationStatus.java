package fr.coopex.labels;

import java.util.Set;

/**
 * The life of a label application, and of the label it becomes once granted: DRAFT →
 * SUBMITTED → UNDER_REVIEW → (INFORMATION_REQUESTED → SUBMITTED) → GRANTED or REFUSED; a
 * granted label may be SUSPENDED (and reinstated), WITHDRAWN, or EXPIRED at its end date.
 * Every other change is refused.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, GRANTED, REFUSED, SUSPENDED, WITHDRAWN, EXPIRED;

	public boolean canBecome(ApplicationStatus next) {
		return switch (this) {
			case DRAFT -> next == SUBMITTED;
			case SUBMITTED -> next == UNDER_REVIEW;
			case UNDER_REVIEW -> Set.of(INFORMATION_REQUESTED, GRANTED, REFUSED).contains(next);
			case INFORMATION_REQUESTED -> next == SUBMITTED;
			case GRANTED -> Set.of(SUSPENDED, WITHDRAWN, EXPIRED).contains(next);
			case SUSPENDED -> Set.of(GRANTED, WITHDRAWN, EXPIRED).contains(next);
			case REFUSED, WITHDRAWN, EXPIRED -> false;
		};
	}

	/** Whether this is a label (granted once), shown in the public registry. */
	public boolean isLabel() {
		return this == GRANTED || this == SUSPENDED || this == WITHDRAWN || this == EXPIRED;
	}

	/** Whether the coordinator may still change answers and documents. */
	public boolean isEditable() {
		return this == DRAFT || this == INFORMATION_REQUESTED;
	}

}
