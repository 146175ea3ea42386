package fr.coopex.notifications;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemPayments;
import fr.coopex.ecosystems.EcosystemPayments.PaymentDetails;
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

	private final EcosystemPayments payments;

	LedgerNotifications(NotificationCenter center, AccountManagement accounts, EcosystemPayments payments) {
		this.center = center;
		this.accounts = accounts;
		this.payments = payments;
	}

	@ApplicationModuleListener
	void on(SplitPosted event) {
		this.center.notify(people(event.companyIds()), "notifications.ledger.posted",
				List.of(event.title(), NotificationCenter.amount(event.total())), "/pools/" + event.poolId());
	}

	/**
	 * Each company is told what it is asked, by when (in the reader's language) and how
	 * to pay: the ecosystem's bank details, when its coordination gave them. The link
	 * leads to the cash call on the pool's page.
	 */
	@ApplicationModuleListener
	void on(DepositsCalled event) {
		String link = "/pools/" + event.poolId() + ((event.cashCallId() > 0) ? "#cash-call-" + event.cashCallId() : "");
		if (event.amounts().isEmpty()) {
			this.center.notify(people(event.companyIds()), "notifications.ledger.deposits",
					List.of(event.title(), NotificationCenter.date(event.dueOn())), link);
			return;
		}
		Optional<PaymentDetails> details = (event.ecosystemId() > 0)
				? this.payments.detailsForNotices(event.ecosystemId()) : Optional.empty();
		for (long companyId : event.companyIds()) {
			BigDecimal amount = event.amounts().getOrDefault(companyId, BigDecimal.ZERO);
			List<String> arguments = new ArrayList<>(
					List.of(event.title(), NotificationCenter.amount(amount), NotificationCenter.date(event.dueOn())));
			String key = "notifications.ledger.cash-call.no-details";
			if (details.isPresent()) {
				arguments.add(details.get().accountHolder());
				arguments.add(details.get().groupedIban());
				key = "notifications.ledger.cash-call";
				if (details.get().bic() != null) {
					arguments.add(details.get().bic());
					key = "notifications.ledger.cash-call.bic";
				}
			}
			this.center.notify(people(List.of(companyId)), key, arguments, link);
		}
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
