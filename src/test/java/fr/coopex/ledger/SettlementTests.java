package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.coopex.ledger.Settlement.Balance;
import fr.coopex.ledger.Settlement.Party;
import fr.coopex.ledger.Settlement.Transfer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlement: the transfers clear every balance, with at most one fewer than the parties.
 */
class SettlementTests {

	static final Party COORDINATION = new Party(null, null);

	@Test
	void clearsTheStandWithOneTransferPerDebtor() {
		List<Transfer> transfers = Settlement.of(List.of(new Balance(COORDINATION, new BigDecimal("-18685.00")),
				new Balance(new Party(1L, "Alpha"), new BigDecimal("5353.33")),
				new Balance(new Party(2L, "Bêta"), new BigDecimal("4135.00")),
				new Balance(new Party(3L, "Gamma"), new BigDecimal("9196.67"))));
		assertThat(transfers).extracting((t) -> t.from().name(), Transfer::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Gamma", new BigDecimal("9196.67")),
					org.assertj.core.groups.Tuple.tuple("Alpha", new BigDecimal("5353.33")),
					org.assertj.core.groups.Tuple.tuple("Bêta", new BigDecimal("4135.00")));
		assertThat(transfers).allSatisfy((t) -> assertThat(t.to()).isEqualTo(COORDINATION));
	}

	@Test
	void nothingToDoWhenEverythingIsSettled() {
		assertThat(Settlement.of(List.of(new Balance(COORDINATION, BigDecimal.ZERO.setScale(2)),
				new Balance(new Party(1L, "Alpha"), BigDecimal.ZERO.setScale(2)))))
			.isEmpty();
	}

	@Test
	void randomBalancesAreClearedExactlyWithFewTransfers() {
		for (long seed = 1; seed <= 2_000; seed++) {
			Random random = new Random(seed);
			int parties = 2 + random.nextInt(30);
			List<Balance> balances = new ArrayList<>();
			long sum = 0;
			for (int p = 1; p < parties; p++) {
				long cents = random.nextInt(2_000_000) - 1_000_000;
				balances.add(new Balance(new Party((long) p, "P" + p), BigDecimal.valueOf(cents, 2)));
				sum += cents;
			}
			balances.add(new Balance(COORDINATION, BigDecimal.valueOf(-sum, 2)));
			List<Transfer> transfers = Settlement.of(balances);
			Map<Party, BigDecimal> left = new HashMap<>();
			balances.forEach((b) -> left.put(b.party(), b.amount()));
			for (Transfer t : transfers) {
				assertThat(t.amount().signum()).as("seed %d", seed).isPositive();
				left.merge(t.from(), t.amount().negate(), BigDecimal::add);
				left.merge(t.to(), t.amount(), BigDecimal::add);
			}
			assertThat(left.values()).as("seed %d", seed).allSatisfy((v) -> assertThat(v.signum()).isZero());
			long nonZero = balances.stream().filter((b) -> b.amount().signum() != 0).count();
			assertThat((long) transfers.size()).as("seed %d", seed).isLessThanOrEqualTo(Math.max(0, nonZero - 1));
			assertThat(Settlement.of(balances)).isEqualTo(transfers);
		}
	}

}
