package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.shared.validation.DateWindow;

/**
 * A payment between two parties; {@code 0} stands for the coordination body.
 *
 * @param version the version of the pool the form was built on
 */
record PaymentForm(Long payer, Long payee, BigDecimal amount,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(earliest = "2000-01-01", yearsBefore = 100,
				yearsAfter = 1) LocalDate paidOn,
		String reference, Long version) {

	/** A new payment on this version of the pool, from and to the coordination body. */
	static PaymentForm blank(long version) {
		return new PaymentForm(0L, 0L, null, null, null, version);
	}

	PaymentDraft toDraft() {
		return new PaymentDraft(party(this.payer), party(this.payee), this.amount, this.paidOn, this.reference);
	}

	private static Long party(Long companyId) {
		return (companyId == null || companyId == 0) ? null : companyId;
	}

}
