package fr.coopex.ledger;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.shared.config.ClockConfiguration;

/**
 * What is still owed on cash calls, read from the pools' contents (the same numbers as
 * the pool pages), the reminders already sent and each ecosystem's reminder days.
 */
@Component
class FollowUpReads {

	/** How far back a late call is still followed (days). */
	static final int FOLLOWED_DAYS = 400;

	private final PoolStore store;

	private final PoolReadModel reads;

	FollowUpReads(PoolStore store, PoolReadModel reads) {
		this.store = store;
		this.reads = reads;
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.store.now(), ClockConfiguration.PARIS);
	}

	/** A company's balance in a pool. */
	PoolView.PartyBalance balanceOf(PoolRow pool, long companyId) {
		return this.reads.balanceOf(pool, companyId);
	}

	PoolRow pool(long poolId) {
		return this.store.require(poolId);
	}

	/** The pools, not cancelled, that have a cash call due in the period (inclusive). */
	List<PoolRow> poolsWithCallsDue(String where, LocalDate from, LocalDate until, Object argument) {
		return this.store.jdbc()
			.query("select p.* from ledger_pool p where p.status <> 'CANCELLED' and " + where
					+ " and exists (select 1 from ledger_cash_call c where c.pool_id = p.id "
					+ "and c.due_on between ? and ?) order by p.id", PoolRow::of, argument, Date.valueOf(from),
					Date.valueOf(until));
	}

	/** The late line of a company on a cash call of the ecosystem. */
	OutstandingLine lateLine(long ecosystemId, long cashCallId, long companyId, LocalDate today) {
		Long poolId = this.store.jdbc()
			.queryForList("select c.pool_id from ledger_cash_call c join ledger_pool p on p.id = c.pool_id "
					+ "where c.id = ? and p.ecosystem_id = ?", Long.class, cashCallId, ecosystemId)
			.stream()
			.findFirst()
			.orElseThrow(Ledger.PoolNotFoundException::new);
		return owed(this.store.require(poolId), today.minusDays(FOLLOWED_DAYS), today.minusDays(1), companyId).stream()
			.filter((o) -> o.call().id() == cashCallId)
			.findFirst()
			.orElseThrow(() -> new LedgerException(null, "ledger.follow-up.nothing-late"));
	}

	/**
	 * The outstanding lines of a pool's calls due in the period, of one company or all.
	 */
	List<OutstandingLine> owed(PoolRow pool, LocalDate from, LocalDate until, Long company) {
		List<OutstandingLine> owed = new ArrayList<>();
		for (CashCall call : this.reads.cashCallsOf(pool)) {
			if (call.dueOn().isBefore(from) || call.dueOn().isAfter(until)) {
				continue;
			}
			for (CashCallLine line : call.lines()) {
				if (!line.cancelled() && !line.withdrawn() && line.outstanding().signum() > 0
						&& (company == null || company == line.companyId())) {
					owed.add(new OutstandingLine(pool, call, line));
				}
			}
		}
		return owed;
	}

	/** The last day each line of these calls was reminded, by "call:company". */
	Map<String, LocalDate> lastReminded(List<OutstandingLine> owed) {
		Map<String, LocalDate> last = new HashMap<>();
		if (owed.isEmpty()) {
			return last;
		}
		String ids = String.join(",", owed.stream().map((o) -> Long.toString(o.call().id())).distinct().toList());
		this.store.jdbc()
			.query("select cash_call_id, company_id, max(sent_at) from ledger_cash_call_reminder where cash_call_id in ("
					+ ids + ") group by cash_call_id, company_id", (java.sql.ResultSet rs) -> {
						last.put(rs.getLong(1) + ":" + rs.getLong(2),
								LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), ClockConfiguration.PARIS));
					});
		return last;
	}

	/**
	 * Of these lines, those whose company declared a payment the managers have not
	 * decided on yet ({@code "cashCallId:companyId"}), in one query.
	 */
	java.util.Set<String> awaitingConfirmation(List<OutstandingLine> owed) {
		if (owed.isEmpty()) {
			return java.util.Set.of();
		}
		String pools = String.join(",", owed.stream().map((o) -> Long.toString(o.pool().id)).distinct().toList());
		return new java.util.HashSet<>(this.store.jdbc()
			.queryForList("select d.cash_call_id || ':' || d.company_id from ledger_payment_declaration d "
					+ "left join ledger_payment_declaration_decision x on x.declaration_id = d.id "
					+ "where d.pool_id in (" + pools + ") and x.declaration_id is null", String.class));
	}

	/**
	 * The lines of a pool ("call:company") on which a declared payment waits for a
	 * manager: no automatic reminder is sent for them meanwhile.
	 */
	java.util.Set<String> awaitingConfirmation(long poolId) {
		return new java.util.HashSet<>(this.store.jdbc()
			.queryForList("select d.cash_call_id || ':' || d.company_id from ledger_payment_declaration d "
					+ "left join ledger_payment_declaration_decision x on x.declaration_id = d.id "
					+ "where d.pool_id = ? and x.declaration_id is null", String.class, poolId));
	}

	/**
	 * Writes a reminder once: false when that slot of the line was already used (by this
	 * run, another instance or earlier the same day by hand).
	 */
	boolean markSent(OutstandingLine owed, String slot, Long by) {
		return this.store.jdbc()
			.update("insert into ledger_cash_call_reminder (cash_call_id, company_id, slot, amount, sent_by, sent_at) "
					+ "values (?, ?, ?, ?, ?, ?) on conflict do nothing", owed.call().id(), owed.line().companyId(),
					slot, owed.line().outstanding(), by, java.sql.Timestamp.from(this.store.now())) == 1;
	}

}
