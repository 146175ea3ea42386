package fr.coopex.ledger.web;

import jakarta.validation.constraints.Size;

import fr.coopex.ledger.ReminderDays;

/**
 * An ecosystem's reminder days, as written: {@code "7"}, {@code "1, 15"}.
 */
record ReminderDaysForm(@Size(max = 60) String daysBefore, @Size(max = 60) String daysAfter) {

	static ReminderDaysForm of(ReminderDays days) {
		return new ReminderDaysForm(ReminderDays.text(days.before()), ReminderDays.text(days.after()));
	}

}
