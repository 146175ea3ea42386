package fr.coopex.aids;

import java.math.BigDecimal;
import java.util.List;

import fr.coopex.aids.ApplicationTracker.ApplicationUpdate;

/** Checks what a company writes on its application for an aid. */
final class ApplicationRules {

	private ApplicationRules() {
	}

	/**
	 * Checks the company's edit against the aid's checklist.
	 * @throws AidException naming the field at fault
	 */
	static void check(ApplicationUpdate u, List<String> documents) {
		if (u.status() == null) {
			throw new AidException("status", "aids.application.status-required");
		}
		checkAmount("amountRequested", u.amountRequested());
		checkAmount("amountGranted", u.amountGranted());
		if (u.amountGranted() != null && u.status() != ApplicationStatus.GRANTED) {
			throw new AidException("amountGranted", "aids.application.granted-needs-status");
		}
		if (u.submittedOn() != null && u.decidedOn() != null && u.decidedOn().isBefore(u.submittedOn())) {
			throw new AidException("decidedOn", "aids.application.decided-before-submitted");
		}
		if (!documents.containsAll(u.documentsDone())) {
			throw new AidException("documentsDone", "aids.application.document-unknown");
		}
	}

	private static void checkAmount(String field, BigDecimal amount) {
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
			throw new AidException(field, "aids.application.amount-invalid");
		}
	}

}
