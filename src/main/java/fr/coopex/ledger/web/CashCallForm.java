package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.shared.validation.DateWindow;

/**
 * A call for deposits: a share of what each participant owes, due on a date.
 *
 * @param version the version of the pool the form was built on
 */
record CashCallForm(String label, BigDecimal rate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 1, yearsAfter = 5) LocalDate dueOn,
		Long version) {

	/** A new call on this version of the pool: half of what each owes. */
	static CashCallForm blank(long version) {
		return new CashCallForm(null, BigDecimal.valueOf(50), null, version);
	}

}
