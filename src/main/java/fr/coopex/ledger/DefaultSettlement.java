package fr.coopex.ledger;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.GovernanceRecord.ConsultationClosed;
import fr.coopex.ledger.CashCallEvents.DefaultSettled;
import fr.coopex.ledger.CashCallEvents.Outcome;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * Writes the outcome of a default that {@link DefaultOutcomes} checked: who bears the
 * amount, the outcome's row, its {@code DEFAULT} entries and the reversal of the late
 * line.
 */
@Component
class DefaultSettlement {

	private final FollowUpReads reads;

	private final PoolStore store;

	private final ApplicationEventPublisher events;

	DefaultSettlement(FollowUpReads reads, PoolStore store, ApplicationEventPublisher events) {
		this.reads = reads;
		this.store = store;
		this.events = events;
	}

	/** Writes the outcome of this late line and announces it; returns its id. */
	long write(CoopexUser by, OutstandingLine late, Outcome outcome, String cleanReason,
			ConsultationClosed consultation) {
		long cashCallId = late.call().id();
		long companyId = late.line().companyId();
		PoolRow pool = this.store.lock(late.pool().id, Ledger.ANY_VERSION);
		long amount = PoolBalances.cents(late.line().outstanding());
		List<Object[]> bearers = bearers(pool, companyId, amount, outcome);
		Timestamp now = Timestamp.from(this.store.now());
		long id = this.store.insert(
				"insert into ledger_default_outcome (cash_call_id, company_id, kind, amount, reason, consultation_id, "
						+ "consultation_question, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				cashCallId, companyId, outcome.name(), Split.euros(amount), cleanReason,
				(consultation != null) ? consultation.consultationId() : null,
				(consultation != null) ? Text.cut(consultation.question(), DefaultOutcomes.MAX_REASON) : null, by.id(),
				now);
		String entry = "insert into ledger_entry (pool_id, company_id, kind, amount, default_outcome_id, created_by, "
				+ "created_at) values (?, ?, 'DEFAULT', ?, ?, ?, ?)";
		this.store.jdbc().update(entry, pool.id, companyId, Split.euros(-amount), id, by.id(), now);
		for (Object[] bearer : bearers) {
			this.store.jdbc().update(entry, pool.id, bearer[0], Split.euros((Long) bearer[1]), id, by.id(), now);
		}
		this.store.jdbc()
			.update("insert into ledger_cash_call_reversal (cash_call_id, company_id, amount, reason, created_by, "
					+ "created_at) select cash_call_id, company_id, -amount, 'DEFAULT', ?, ? from ledger_cash_call_line "
					+ "where cash_call_id = ? and company_id = ?", by.id(), now, cashCallId, companyId);
		this.events.publishEvent(new DefaultSettled(pool.id, pool.ecosystemId, pool.title, cashCallId, companyId,
				outcome, Split.euros(amount), cleanReason,
				(consultation != null) ? consultation.consultationId() : null, by.id()));
		return id;
	}

	/**
	 * Who bears the amount, and how much each: the coordination body (null) for a waiver;
	 * for a re-split, the other active participants in proportion to what they owe the
	 * pool (largest remainder, ties to the lower company id).
	 */
	private List<Object[]> bearers(PoolRow pool, long defaulter, long amount, Outcome outcome) {
		List<Object[]> bearers = new ArrayList<>();
		if (outcome == Outcome.WAIVER) {
			bearers.add(new Object[] { null, amount });
			return bearers;
		}
		List<Long> companies = new ArrayList<>();
		List<Long> weights = new ArrayList<>();
		for (PoolView.Participant p : this.store.participants(pool.id)) {
			if (p.withdrawn() || p.companyId() == defaulter) {
				continue;
			}
			PartyBalance balance = this.reads.balanceOf(pool, p.companyId());
			long owed = (balance != null) ? PoolBalances.cents(balance.owed()) : 0;
			if (owed > 0) {
				companies.add(p.companyId());
				weights.add(owed);
			}
		}
		if (companies.isEmpty()) {
			throw new LedgerException("outcome", "ledger.default.no-one-to-share");
		}
		long[] w = weights.stream().mapToLong(Long::longValue).toArray();
		long[] parts = LargestRemainder
			.split(amount, w, LargestRemainder.by(Comparator.comparing((Integer i) -> companies.get(i))))
			.parts();
		for (int i = 0; i < parts.length; i++) {
			if (parts[i] != 0 && Objects.nonNull(companies.get(i))) {
				bearers.add(new Object[] { companies.get(i), parts[i] });
			}
		}
		return bearers;
	}

}
