package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The checks of what a payment declaration and its rejection carry, each refusing a wrong
 * value with a {@link LedgerException} that names its field.
 */
final class DeclarationChecks {

	private DeclarationChecks() {
	}

	/** The declared amount: not zero and at most what is still outstanding. */
	static BigDecimal amount(BigDecimal amount, BigDecimal outstanding) {
		long cents = DraftRules.cents(amount, "amount");
		if (cents == 0) {
			throw new LedgerException("amount", "ledger.payment.zero");
		}
		if (outstanding.signum() <= 0) {
			throw new LedgerException("amount", "ledger.declaration.nothing-due");
		}
		if (cents > PoolBalances.cents(outstanding)) {
			throw new LedgerException("amount", "ledger.declaration.over-outstanding");
		}
		return Split.euros(cents);
	}

	/** The day the company paid: given and not after today. */
	static LocalDate paidOn(LocalDate paidOn, LocalDate today) {
		if (paidOn == null) {
			throw new LedgerException("paidOn", "ledger.payment.date-required");
		}
		if (paidOn.isAfter(today)) {
			throw new LedgerException("paidOn", "ledger.payment.date-future");
		}
		return paidOn;
	}

	/** The payment's reference, if any, within its length. */
	static String reference(String reference) {
		String clean = DraftRules.blankToNull(reference);
		if (clean != null && clean.length() > PaymentDeclarations.MAX_REFERENCE) {
			throw new LedgerException("reference", "ledger.payment.reference-too-long");
		}
		return clean;
	}

	/** The reason a manager rejects a declaration for: given and within its length. */
	static String reason(String reason) {
		String clean = DraftRules.blankToNull(reason);
		if (clean == null) {
			throw new LedgerException("reason", "ledger.declaration.reason-required");
		}
		if (clean.length() > PaymentDeclarations.MAX_REASON) {
			throw new LedgerException("reason", "ledger.declaration.reason-too-long");
		}
		return clean;
	}

}
