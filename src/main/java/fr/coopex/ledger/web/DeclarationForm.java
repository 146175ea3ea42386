package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.ledger.PaymentDeclarations.DeclarationDraft;
import fr.coopex.shared.validation.DateWindow;

/**
 * A payment a company's person declares on its line of a cash call: the amount (French or
 * international writing), the day it was paid (in the payments' window) and the bank's
 * reference.
 *
 * @param version the version of the pool the form was built on
 */
record DeclarationForm(@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(earliest = "2000-01-01", yearsBefore = 100,
				yearsAfter = 1) LocalDate paidOn,
		@Size(max = PaymentDeclarations.MAX_REFERENCE) String reference, Long version) {

	/** A new declaration, paid today, on this version of the pool. */
	static DeclarationForm blank(long version, LocalDate today) {
		return new DeclarationForm(null, today, null, version);
	}

	DeclarationDraft toDraft() {
		return new DeclarationDraft(this.amount, this.paidOn, this.reference);
	}

}
