package fr.coopex.ledger;

import java.sql.Timestamp;

import org.springframework.stereotype.Component;

/**
 * Each ecosystem's reminder days as stored, read and written for {@link CashCallFollowUp}
 * and {@link CashCallReminders}.
 */
@Component
class ReminderSettings {

	private final PoolStore store;

	ReminderSettings(PoolStore store) {
		this.store = store;
	}

	/** The ecosystem's reminder days, or the platform's defaults. */
	ReminderDays of(long ecosystemId) {
		return this.store.jdbc()
			.query("select days_before, days_after from ledger_reminder_setting where ecosystem_id = ?",
					(rs, i) -> new ReminderDays(ReminderDays.stored(rs.getString(1)),
							ReminderDays.stored(rs.getString(2))),
					ecosystemId)
			.stream()
			.findFirst()
			.orElse(ReminderDays.DEFAULTS);
	}

	/** Keeps the ecosystem's reminder days, set by this person now. */
	void set(long ecosystemId, ReminderDays days, long by) {
		Timestamp now = Timestamp.from(this.store.now());
		int updated = this.store.jdbc()
			.update("update ledger_reminder_setting set days_before = ?, days_after = ?, updated_by = ?, updated_at = ? "
					+ "where ecosystem_id = ?", ReminderDays.text(days.before()), ReminderDays.text(days.after()), by,
					now, ecosystemId);
		if (updated == 0) {
			this.store.jdbc()
				.update("insert into ledger_reminder_setting (ecosystem_id, days_before, days_after, updated_by, "
						+ "updated_at) values (?, ?, ?, ?, ?)", ecosystemId, ReminderDays.text(days.before()),
						ReminderDays.text(days.after()), by, now);
		}
	}

}
