package fr.coopex.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ledger.LedgerEvents.DepositsCalled;
import fr.coopex.ledger.LedgerEvents.InconsistentPoolsFound;
import fr.coopex.ledger.LedgerEvents.ParticipantWithdrew;
import fr.coopex.ledger.LedgerEvents.PaymentRecorded;
import fr.coopex.ledger.LedgerEvents.PoolChanged;
import fr.coopex.ledger.LedgerEvents.SplitPosted;

/**
 * Keeps every change to a pool (cost lines, keys, subsidies, reopening), its money
 * decisions (splits posted, payments recorded, cash calls, withdrawals) and the alerts of
 * its consistency check.
 */
@Component
class LedgerAuditListener {

	private final AuditTrail trail;

	private final AccountManagement accounts;

	LedgerAuditListener(AuditTrail trail, AccountManagement accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(SplitPosted event) {
		this.trail.record(email(event.postedBy()), "LEDGER_SPLIT_POSTED", "pool " + event.poolId(),
				event.title() + ": " + event.total().toPlainString() + " EUR", null);
	}

	@ApplicationModuleListener
	void on(PaymentRecorded event) {
		this.trail.record(email(event.recordedBy()), "LEDGER_PAYMENT_RECORDED", "pool " + event.poolId(),
				party(event.payerCompanyId()) + " -> " + party(event.payeeCompanyId()) + ": "
						+ event.amount().toPlainString() + " EUR",
				null);
	}

	@ApplicationModuleListener
	void on(ParticipantWithdrew event) {
		this.trail.record(email(event.by()), "LEDGER_PARTICIPANT_WITHDREW", "pool " + event.poolId(),
				"company " + event.companyId(), null);
	}

	@ApplicationModuleListener
	void on(DepositsCalled event) {
		this.trail.record(email(event.calledBy()), "LEDGER_DEPOSITS_CALLED", "pool " + event.poolId(),
				event.title() + ": " + event.dueOn(), null);
	}

	@ApplicationModuleListener
	void on(PoolChanged event) {
		String detail = (event.detail() == null || event.detail().isBlank()) ? event.title()
				: event.title() + ": " + event.detail();
		this.trail.record(email(event.by()), "LEDGER_" + event.change().name(), "pool " + event.poolId(), detail, null);
	}

	@ApplicationModuleListener
	void on(InconsistentPoolsFound event) {
		this.trail.record(null, "LEDGER_INCONSISTENT", "pools " + event.poolIds(),
				"posted shares do not add up to the pool total", null);
	}

	private static String party(Long companyId) {
		return (companyId == null) ? "coordination" : "company " + companyId;
	}

	private String email(Long userId) {
		return (userId == null) ? null : this.accounts.find(userId).map(AccountView::email).orElse("user " + userId);
	}

}
