package fr.coopex.ledger.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.coopex.ledger.CashCallEvents.Outcome;
import fr.coopex.ledger.DefaultOutcomes;

/**
 * The outcome of a default: a waiver, or a re-split after an adopted consultation, with
 * its reason.
 */
record DefaultOutcomeForm(@NotNull Outcome outcome, @Size(max = DefaultOutcomes.MAX_REASON) String reason,
		Long consultationId) {

	static DefaultOutcomeForm blank() {
		return new DefaultOutcomeForm(Outcome.WAIVER, null, null);
	}

}
