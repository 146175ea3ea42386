package fr.coopex.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.CashCallEvents.PaymentDeclarationConfirmed;
import fr.coopex.ledger.CashCallEvents.PaymentDeclarationRejected;
import fr.coopex.ledger.CashCallEvents.PaymentDeclared;

/**
 * Tells the managers of a pool (the coordinators of its ecosystem and the managers named
 * when it was opened) that a company declared a payment to confirm, and the company's
 * people whether it was confirmed or rejected (with the reason). Money owed: in the app
 * and by e-mail, whatever the preferences.
 */
@Component
class PaymentDeclarationNotifications {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	PaymentDeclarationNotifications(NotificationCenter center, AccountManagement accounts,
			EcosystemManagement ecosystems) {
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
	}

	@ApplicationModuleListener
	void on(PaymentDeclared event) {
		Map<Long, AccountView> managers = new LinkedHashMap<>();
		java.util.stream.Stream
			.concat(this.ecosystems.coordinatorIds(event.ecosystemId()).stream(), event.managerIds().stream())
			.map(this.accounts::find)
			.flatMap(Optional::stream)
			.filter(AccountView::enabled)
			.forEach((person) -> managers.putIfAbsent(person.id(), person));
		this.center.notify(List.copyOf(managers.values()), "notifications.ledger.declaration.declared",
				List.of(event.companyName(), NotificationCenter.amount(event.amount()),
						NotificationCenter.date(event.paidOn()), event.label(), event.poolTitle()),
				"/console/pools/" + event.poolId() + "#declaration-" + event.declarationId());
	}

	@ApplicationModuleListener
	void on(PaymentDeclarationConfirmed event) {
		this.center.notify(people(event.companyId()), "notifications.ledger.declaration.confirmed",
				List.of(NotificationCenter.amount(event.amount()), event.label(), event.poolTitle()),
				"/pools/" + event.poolId() + "/cash-calls/" + event.cashCallId() + "/payment");
	}

	@ApplicationModuleListener
	void on(PaymentDeclarationRejected event) {
		this.center.notify(people(event.companyId()), "notifications.ledger.declaration.rejected",
				List.of(NotificationCenter.amount(event.amount()), event.label(), event.poolTitle(), event.reason()),
				"/pools/" + event.poolId() + "/cash-calls/" + event.cashCallId() + "/payment");
	}

	private List<AccountView> people(long companyId) {
		return this.accounts.members(companyId).stream().filter(AccountView::enabled).toList();
	}

}
