package fr.coopex.ledger;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.coopex.ledger.LedgerEvents.ParticipantWithdrew;
import fr.coopex.ledger.LedgerEvents.PoolChange;
import fr.coopex.ledger.LedgerEvents.SplitPosted;
import fr.coopex.shared.security.CoopexUser;

/**
 * Confirmations: posting the split as entries (reversing the previous posting first),
 * reopening for an amendment, and a participant's withdrawal, which posts again.
 */
@Component
class PoolPosting {

	private final PoolStore store;

	private final PoolAccess access;

	private final PoolCosts costs;

	private final ApplicationEventPublisher events;

	PoolPosting(PoolStore store, PoolAccess access, PoolCosts costs, ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.costs = costs;
		this.events = events;
	}

	void post(CoopexUser by, long poolId, long version) {
		PoolRow pool = this.costs.openManaged(by, poolId, version);
		postSplit(pool, by.id(), (pool.currentPostingId == null) ? "SPLIT" : "AMENDMENT");
	}

	void reopen(CoopexUser by, long poolId, long version) {
		PoolRow pool = this.access.managed(by, poolId, version);
		if (!pool.isPosted()) {
			throw new LedgerException(null, "ledger.pool.not-posted");
		}
		this.store.jdbc().update("update ledger_pool set status = ? where id = ?", PoolStatus.OPEN.name(), poolId);
		this.costs.changed(by, pool, PoolChange.REOPENED, null);
	}

	void withdraw(CoopexUser by, long poolId, long companyId) {
		PoolRow pool = this.access.managedOrSelf(by, poolId, companyId);
		pool.requireNotCancelled();
		Long byId = (by != null) ? by.id() : null;
		Timestamp now = Timestamp.from(this.store.now());
		int changed = this.store.jdbc()
			.update("update ledger_participant set status = 'WITHDRAWN', withdrawn_at = ? "
					+ "where pool_id = ? and company_id = ? and status = 'ACTIVE'", now, poolId, companyId);
		if (changed == 0) {
			throw new LedgerException(null, "ledger.participant.not-active");
		}
		// its cash calls are cancelled, each line by a reversing row
		this.store.jdbc()
			.update("insert into ledger_cash_call_reversal (cash_call_id, company_id, amount, reason, created_by, created_at) "
					+ "select l.cash_call_id, l.company_id, -l.amount, 'WITHDRAWAL', ?, ? from ledger_cash_call_line l "
					+ "join ledger_cash_call c on c.id = l.cash_call_id where c.pool_id = ? and l.company_id = ? "
					+ "and not exists (select 1 from ledger_cash_call_reversal r "
					+ "where r.cash_call_id = l.cash_call_id and r.company_id = l.company_id)", byId, now, poolId,
					companyId);
		if (pool.isPosted()) {
			postSplit(pool, byId, "WITHDRAWAL");
		}
		this.events.publishEvent(new ParticipantWithdrew(poolId, pool.title, companyId, byId));
	}

	/**
	 * Posts the split of the pool as it stands: reverses the current posting if any,
	 * writes the new entries and lines, and marks the pool posted.
	 */
	private void postSplit(PoolRow pool, Long by, String reason) {
		SplitInput input = this.store.input(pool);
		if (input.participants().isEmpty()) {
			throw new LedgerException(null, "ledger.post.no-participants");
		}
		if (input.items().isEmpty()) {
			throw new LedgerException(null, "ledger.post.no-items");
		}
		Split split = SplitEngine.split(input);
		Timestamp at = Timestamp.from(this.store.now());
		if (pool.currentPostingId != null) {
			long reversal = this.store.insert(
					"insert into ledger_posting (pool_id, reason, total, reverses_posting_id, posted_by, posted_at) values (?, 'REVERSAL', ?, ?, ?, ?)",
					pool.id, pool.postedTotal.negate(), pool.currentPostingId, by, at);
			this.store.jdbc()
				.update("insert into ledger_entry (pool_id, posting_id, company_id, kind, amount, reverses_entry_id, created_by, created_at) "
						+ "select pool_id, ?, company_id, kind, -amount, id, ?, ? from ledger_entry where posting_id = ?",
						reversal, by, at, pool.currentPostingId);
		}
		long posting = this.store.insert(
				"insert into ledger_posting (pool_id, reason, total, posted_by, posted_at) values (?, ?, ?, ?, ?)",
				pool.id, reason, split.total(), by, at);
		List<Object[]> lines = new ArrayList<>();
		for (Split.Share share : split.shares()) {
			int lineNo = 0;
			for (Split.Line line : split.lines(share.companyId())) {
				lines.add(new Object[] { posting, share.companyId(), lineNo++, line.kind().name(), line.refId(),
						line.label(), (line.category() != null) ? line.category().name() : null, line.ht(), line.vat(),
						line.amount(), line.billedDirectly() });
			}
		}
		this.store.jdbc()
			.batchUpdate(
					"insert into ledger_entry (pool_id, posting_id, company_id, kind, amount, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
					SplitEntries.of(split)
						.stream()
						.map((e) -> new Object[] { pool.id, posting, e[0], e[1], e[2], by, at })
						.toList());
		this.store.jdbc()
			.batchUpdate(
					"insert into ledger_allocation_line (posting_id, company_id, line_no, kind, ref_id, label, category, ht, vat, amount, billed_directly) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					lines);
		this.store.jdbc()
			.update("update ledger_pool set status = ?, posted_total = ?, current_posting_id = ?, updated_at = ? where id = ?",
					PoolStatus.POSTED.name(), split.total(), posting, at, pool.id);
		pool.status = PoolStatus.POSTED;
		pool.postedTotal = split.total();
		pool.currentPostingId = posting;
		List<Long> companies = Arrays.stream(split.companyIds()).boxed().toList();
		this.events.publishEvent(new SplitPosted(pool.id, pool.ecosystemId, pool.title, companies, split.total(), by));
	}

}
