package fr.coopex.notifications;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ledger.LedgerEvents.DepositsCalled;
import fr.coopex.ledger.LedgerEvents.InconsistentPoolsFound;
import fr.coopex.ledger.LedgerEvents.SplitPosted;
import fr.coopex.shared.security.Role;

/**
 * Tells the participants of a pool when its split is posted and when deposits are called,
 * and the platform admins when the ledger's consistency check finds a pool that does not
 * add up.
 */
@Component
class LedgerNotifications {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	LedgerNotifications(NotificationCenter center, AccountManagement accounts) {
		this.center = center;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(SplitPosted event) {
		this.center.notify(people(event.companyIds()), "notifications.ledger.posted",
				List.of(event.title(), NotificationCenter.amount(event.total())), "/pools/" + event.poolId());
	}

	@ApplicationModuleListener
	void on(DepositsCalled event) {
		this.center.notify(people(event.companyIds()), "notifications.ledger.deposits",
				List.of(event.title(), event.dueOn().toString()), "/pools/" + event.poolId());
	}

	@ApplicationModuleListener
	void on(InconsistentPoolsFound event) {
		this.center.notify(this.accounts.withRole(Role.ADMIN), "notifications.ledger.inconsistent",
				List.of(event.poolIds().toString()), "/admin/audit");
	}

	private List<AccountView> people(List<Long> companyIds) {
		return companyIds.stream()
			.flatMap((id) -> this.accounts.members(id).stream())
			.filter(AccountView::enabled)
			.toList();
	}

}
