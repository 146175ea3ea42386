package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;

/**
 * A cash call line still outstanding, with its pool and cash call, as the follow-up of
 * late calls reads it.
 */
record OutstandingLine(PoolRow pool, CashCall call, CashCallLine line) {

	/** The key of the line in the follow-up's lookups: {@code "cashCallId:companyId"}. */
	String key() {
		return this.call.id() + ":" + this.line.companyId();
	}

	OverdueLine toLine(LocalDate today, Map<String, LocalDate> reminded, Set<String> declared, String name) {
		String key = key();
		LocalDate last = reminded.get(key);
		return new OverdueLine(this.pool.id, this.pool.title, this.pool.ecosystemId, this.call.id(), this.call.label(),
				this.call.dueOn(), this.line.companyId(), name, this.line.outstanding(),
				ChronoUnit.DAYS.between(this.call.dueOn(), today), last, today.equals(last), declared.contains(key));
	}

	/** The reminder of this line, sent today by a person ({@code by}) or the schedule. */
	CashCallEvents.ReminderDue reminder(LocalDate today, Long by) {
		BigDecimal amount = this.line.outstanding();
		return new CashCallEvents.ReminderDue(this.pool.id, this.pool.ecosystemId, this.pool.title, this.call.id(),
				this.call.label(), this.line.companyId(), amount, this.call.dueOn(), this.call.dueOn().isBefore(today),
				by);
	}

}
