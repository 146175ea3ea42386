package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.Settlement.Party;

/**
 * The amount due now of the balance rule: what each party of a pool must pay (or is owed)
 * at the pool's stage, added to the balances of {@link PoolBalances}.
 */
final class AmountsDueNow {

	private AmountsDueNow() {
	}

	/**
	 * The balances with the amount each party must pay (or is owed) now: once the split
	 * is confirmed, its whole balance; before, what the cash calls still ask of a
	 * participant (never more than its balance), or, when it paid more than its
	 * provisional share, what it paid beyond it (never more than it paid); the
	 * coordination body takes the opposite of the participants' sum.
	 */
	static List<PartyBalance> of(PoolRow pool, List<PartyBalance> balances, List<CashCall> calls) {
		Map<Long, Long> outstanding = new HashMap<>();
		for (CashCall call : calls) {
			for (CashCallLine line : call.lines()) {
				outstanding.merge(line.companyId(), PoolBalances.cents(line.outstanding()), Long::sum);
			}
		}
		long participantsDue = 0;
		Map<Long, Long> due = new HashMap<>();
		for (PartyBalance b : balances) {
			if (b.party().isCoordination()) {
				continue;
			}
			long balance = PoolBalances.cents(b.balance());
			long now;
			if (pool.isPosted()) {
				now = balance;
			}
			else if (balance > 0) {
				now = Math.min(balance, outstanding.getOrDefault(b.party().companyId(), 0L));
			}
			else {
				long netPaid = PoolBalances.cents(b.paid()) - PoolBalances.cents(b.received());
				now = Math.max(balance, Math.min(0, -netPaid));
			}
			due.put(b.party().companyId(), now);
			participantsDue += now;
		}
		List<PartyBalance> result = new ArrayList<>();
		boolean coordinationShown = false;
		for (PartyBalance b : balances) {
			long now = b.party().isCoordination() ? -participantsDue : due.get(b.party().companyId());
			coordinationShown |= b.party().isCoordination();
			result.add(new PartyBalance(b.party(), b.owed(), b.billedDirectly(), b.advanced(), b.subsidies(), b.paid(),
					b.received(), b.balance(), Split.euros(now)));
		}
		if (!coordinationShown && participantsDue != 0) {
			BigDecimal zero = Split.euros(0);
			result.add(0, new PartyBalance(new Party(null, null), zero, zero, zero, zero, zero, zero, zero,
					Split.euros(-participantsDue)));
		}
		return result;
	}

}
