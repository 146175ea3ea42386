package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The transfers that clear a set of balances: net balances, then greedy matching of the
 * largest debtor with the largest creditor until all are cleared. At most one transfer
 * fewer than the parties with a balance; deterministic (equal amounts by party order: the
 * coordination body first, then by company id).
 */
public final class Settlement {

	private Settlement() {
	}

	/**
	 * A party of a pool: a company, or the coordination body ({@code companyId} null).
	 */
	public record Party(Long companyId, String name) {

		public boolean isCoordination() {
			return this.companyId == null;
		}

		long order() {
			return (this.companyId == null) ? Long.MIN_VALUE : this.companyId;
		}

	}

	/** Who owes how much: positive owes, negative is owed. */
	public record Balance(Party party, BigDecimal amount) {
	}

	/** A transfer that clears balances. */
	public record Transfer(Party from, Party to, BigDecimal amount) {

		/** Whether this company pays or receives it. */
		public boolean concerns(Long companyId) {
			return java.util.Objects.equals(this.from.companyId(), companyId)
					|| java.util.Objects.equals(this.to.companyId(), companyId);
		}

	}

	public static List<Transfer> of(List<Balance> balances) {
		List<long[]> debtors = new ArrayList<>();
		List<long[]> creditors = new ArrayList<>();
		List<Party> parties = new ArrayList<>();
		for (Balance balance : balances) {
			long cents = balance.amount().movePointRight(2).longValueExact();
			int index = parties.size();
			parties.add(balance.party());
			if (cents > 0) {
				debtors.add(new long[] { cents, index });
			}
			else if (cents < 0) {
				creditors.add(new long[] { -cents, index });
			}
		}
		Comparator<long[]> largestFirst = Comparator.<long[]>comparingLong((e) -> -e[0])
			.thenComparingLong((e) -> parties.get((int) e[1]).order());
		List<Transfer> transfers = new ArrayList<>();
		while (!debtors.isEmpty() && !creditors.isEmpty()) {
			debtors.sort(largestFirst);
			creditors.sort(largestFirst);
			long[] debtor = debtors.get(0);
			long[] creditor = creditors.get(0);
			long amount = Math.min(debtor[0], creditor[0]);
			transfers.add(new Transfer(parties.get((int) debtor[1]), parties.get((int) creditor[1]),
					BigDecimal.valueOf(amount, 2)));
			debtor[0] -= amount;
			creditor[0] -= amount;
			if (debtor[0] == 0) {
				debtors.remove(0);
			}
			if (creditor[0] == 0) {
				creditors.remove(0);
			}
		}
		return transfers;
	}

}
