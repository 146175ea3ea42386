package fr.coopex.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.PoolView.Payment;
import fr.coopex.ledger.PoolView.Problem;
import fr.coopex.ledger.Settlement.Transfer;

/**
 * Everything a pool shows its managers, as of one version of the pool: every change to a
 * pool or its parts locks its row and moves the version on, so the version is enough to
 * know whether what was read is still current. Names are those copied when the companies
 * joined; each viewer's page replaces them by the names that viewer may see.
 *
 * @param postedLines each participant's lines as posted, by company id (empty before the
 * first posting)
 */
record PoolContent(long poolId, long version, Instant updatedAt, List<Participant> participants,
		List<PoolView.Item> items, List<PoolView.SubsidyItem> subsidies, Split split, Problem problem,
		List<PartyBalance> balances, List<Transfer> transfers, List<CashCall> cashCalls, List<Payment> payments,
		Instant postedAt, Map<Long, List<Split.Line>> postedLines) {

	/** Whether this content was read from this version of the pool. */
	boolean isOf(PoolRow pool) {
		return this.poolId == pool.id && this.version == pool.version && this.updatedAt.equals(pool.updatedAt);
	}

}
