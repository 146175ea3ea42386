package fr.coopex.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.ledger.LedgerEvents.DepositsCalled;
import fr.coopex.ledger.LedgerEvents.PaymentRecorded;
import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * Money moving in a pool: payments between its parties (written as entries at once) and
 * calls for deposits.
 */
@Component
class PoolPayments {

	private final PoolStore store;

	private final PoolAccess access;

	private final ApplicationEventPublisher events;

	PoolPayments(PoolStore store, PoolAccess access, ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.events = events;
	}

	long recordPayment(CoopexUser by, long poolId, long version, PaymentDraft payment) {
		return record(by, this.access.managed(by, poolId, version), payment);
	}

	/**
	 * Records a payment in a pool already locked for one of its managers (a payment they
	 * enter, or a company's declaration they confirm).
	 */
	long record(CoopexUser by, PoolRow pool, PaymentDraft payment) {
		long poolId = pool.id;
		pool.requireNotCancelled();
		long cents = SplitEngine.cents(payment.amount(), "amount");
		if (cents == 0) {
			throw new LedgerException("amount", "ledger.payment.zero");
		}
		if (Objects.equals(payment.payerCompanyId(), payment.payeeCompanyId())) {
			throw new LedgerException("payee", "ledger.payment.same-party");
		}
		Set<Long> parties = this.store.participants(poolId)
			.stream()
			.map(Participant::companyId)
			.collect(Collectors.toSet());
		if ((payment.payerCompanyId() != null && !parties.contains(payment.payerCompanyId()))) {
			throw new LedgerException("payer", "ledger.payment.unknown-party");
		}
		if ((payment.payeeCompanyId() != null && !parties.contains(payment.payeeCompanyId()))) {
			throw new LedgerException("payee", "ledger.payment.unknown-party");
		}
		LocalDate today = LocalDate.ofInstant(this.store.now(), ClockConfiguration.PARIS);
		if (payment.paidOn() == null) {
			throw new LedgerException("paidOn", "ledger.payment.date-required");
		}
		if (payment.paidOn().isAfter(today)) {
			throw new LedgerException("paidOn", "ledger.payment.date-future");
		}
		String reference = DraftRules.blankToNull(payment.reference());
		if (reference != null && reference.length() > DraftRules.MAX_LABEL) {
			throw new LedgerException("reference", "ledger.payment.reference-too-long");
		}
		Timestamp now = Timestamp.from(this.store.now());
		BigDecimal amount = Split.euros(cents);
		long id = this.store.insert(
				"insert into ledger_payment (pool_id, payer_company_id, payee_company_id, amount, paid_on, reference, recorded_by, recorded_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?)",
				poolId, payment.payerCompanyId(), payment.payeeCompanyId(), amount, Date.valueOf(payment.paidOn()),
				reference, by.id(), now);
		String entry = "insert into ledger_entry (pool_id, payment_id, company_id, kind, amount, created_by, created_at) values (?, ?, ?, 'PAYMENT', ?, ?, ?)";
		this.store.jdbc().update(entry, poolId, id, payment.payerCompanyId(), amount.negate(), by.id(), now);
		this.store.jdbc().update(entry, poolId, id, payment.payeeCompanyId(), amount, by.id(), now);
		this.events.publishEvent(new PaymentRecorded(poolId, pool.title, payment.payerCompanyId(),
				payment.payeeCompanyId(), amount, by.id()));
		return id;
	}

	long callDeposits(CoopexUser by, long poolId, long version, String label, BigDecimal rate, LocalDate dueOn) {
		PoolRow pool = this.access.managed(by, poolId, version);
		pool.requireNotCancelled();
		String cleanLabel = DraftRules.label(label, "label", "ledger.cash-call.label-required");
		long rateScaled = DraftRules.rate(rate, "rate", "ledger.cash-call.rate-over-100");
		if (rateScaled == 0) {
			throw new LedgerException("rate", "ledger.rate.invalid");
		}
		if (dueOn == null) {
			throw new LedgerException("dueOn", "ledger.cash-call.due-required");
		}
		Split split = SplitEngine.split(this.store.input(pool));
		if (split.companyIds().length == 0) {
			throw new LedgerException(null, "ledger.post.no-participants");
		}
		long id = this.store.insert(
				"insert into ledger_cash_call (pool_id, label, rate, due_on, called_by, called_at) values (?, ?, ?, ?, ?, ?)",
				poolId, cleanLabel, rate, Date.valueOf(dueOn), by.id(), Timestamp.from(this.store.now()));
		List<Long> companies = new ArrayList<>();
		Map<Long, BigDecimal> amounts = new HashMap<>();
		for (Split.Share share : split.shares()) {
			BigDecimal owed = share.net().subtract(share.billedDirectly());
			BigDecimal amount = owed.max(BigDecimal.ZERO)
				.multiply(rate)
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			this.store.jdbc()
				.update("insert into ledger_cash_call_line (cash_call_id, company_id, amount) values (?, ?, ?)", id,
						share.companyId(), amount);
			companies.add(share.companyId());
			amounts.put(share.companyId(), amount);
		}
		this.events.publishEvent(
				new DepositsCalled(poolId, pool.title, dueOn, companies, by.id(), id, pool.ecosystemId, amounts));
		return id;
	}

}
