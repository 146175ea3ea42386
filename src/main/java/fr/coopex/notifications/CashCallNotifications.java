package fr.coopex.notifications;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ledger.CashCallEvents.DefaultSettled;
import fr.coopex.ledger.CashCallEvents.ReminderDue;

/**
 * Reminds the people of a company of a cash call line it still owes (before and after its
 * due date, or when a coordinator reminds it by hand), and tells them how its default was
 * settled.
 */
@Component
class CashCallNotifications {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	CashCallNotifications(NotificationCenter center, AccountManagement accounts) {
		this.center = center;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(ReminderDue event) {
		this.center.notify(people(event.companyId()),
				event.late() ? "notifications.ledger.reminder.late" : "notifications.ledger.reminder.soon",
				List.of(event.label(), event.poolTitle(), NotificationCenter.amount(event.amount()),
						NotificationCenter.date(event.dueOn())),
				"/pools/" + event.poolId() + "#cash-call-" + event.cashCallId());
	}

	@ApplicationModuleListener
	void on(DefaultSettled event) {
		this.center.notify(people(event.companyId()),
				"notifications.ledger.default." + event.outcome().name().toLowerCase(java.util.Locale.ROOT),
				List.of(event.poolTitle(), NotificationCenter.amount(event.amount()), event.reason()),
				"/pools/" + event.poolId());
	}

	private List<AccountView> people(long companyId) {
		return this.accounts.members(companyId).stream().filter(AccountView::enabled).toList();
	}

}
