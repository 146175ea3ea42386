package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises of the split, each checked on 10,000 random pools drawn from seeded
 * generators (the seed of a failing pool is in the message, to replay it).
 */
class SplitInvariantTests {

	private static final int POOLS = 10_000;

	/** Another seed: -Dcoopex.split.seed=... */
	private static final long SEED = Long.getLong("coopex.split.seed", 20_261_126L);

	@Test
	void sharesAddUpExactlyToTheTotalAfterSubsidies() {
		for (int run = 0; run < POOLS; run++) {
			long seed = SEED + run;
			SplitInput input = RandomPools.pool(new Random(seed));
			Split split = SplitEngine.split(input);
			long sum = 0;
			for (Split.Share share : split.shares()) {
				sum += cents(share.net());
				long lines = split.lines(share.companyId()).stream().mapToLong((l) -> cents(l.amount())).sum();
				assertThat(lines).as("seed %d: lines of %d", seed, share.companyId()).isEqualTo(cents(share.net()));
			}
			assertThat(sum).as("seed %d", seed).isEqualTo(split.totalCents());
			assertThat(split.totalCents()).as("seed %d", seed)
				.isEqualTo(cents(split.totalGross()) - cents(split.totalSubsidies()));
			for (int i = 0; i < input.items().size(); i++) {
				assertThat(sum(split.htCents(i))).as("seed %d item %d", seed, i)
					.isEqualTo(cents(input.items().get(i).draft().amount()));
				assertThat(sum(split.vatCents(i))).as("seed %d item %d VAT", seed, i)
					.isEqualTo(cents(split.items().get(i).vat()));
			}
		}
	}

	@Test
	void noShareIsNegativeAndNoSubsidyExceedsWhatItPaysFor() {
		for (int run = 0; run < POOLS; run++) {
			long seed = SEED + POOLS + run;
			SplitInput input = RandomPools.pool(new Random(seed));
			Split split = SplitEngine.split(input);
			for (Split.Share share : split.shares()) {
				assertThat(share.net().signum()).as("seed %d", seed).isGreaterThanOrEqualTo(0);
				assertThat(share.subsidy()).as("seed %d", seed).isLessThanOrEqualTo(share.ht());
				for (Split.Line line : split.lines(share.companyId())) {
					if (line.kind() == Split.LineKind.ITEM) {
						assertThat(line.ht().signum()).as("seed %d", seed).isGreaterThanOrEqualTo(0);
						assertThat(line.vat().signum()).as("seed %d", seed).isGreaterThanOrEqualTo(0);
					}
				}
			}
			for (int s = 0; s < input.subsidies().size(); s++) {
				SubsidyDraft subsidy = input.subsidies().get(s).draft();
				long[] granted = split.subsidyCents(s);
				if (subsidy.amount() != null) {
					assertThat(sum(granted)).as("seed %d", seed).isLessThanOrEqualTo(cents(subsidy.amount()));
				}
				if (subsidy.capPerParticipant() != null) {
					for (long g : granted) {
						assertThat(g).as("seed %d", seed).isLessThanOrEqualTo(cents(subsidy.capPerParticipant()));
					}
				}
			}
		}
	}

	@Test
	void participantsWithEqualKeysPayWithinOneCentOfEachOther() {
		for (int run = 0; run < POOLS; run++) {
			long seed = SEED + 2L * POOLS + run;
			Random random = new Random(seed);
			SplitInput input = RandomPools.pool(random, 1 + random.nextInt(4));
			Split split = SplitEngine.split(input);
			Map<List<Object>, List<Split.Share>> groups = new HashMap<>();
			Map<Long, ParticipantDraft> byId = new HashMap<>();
			input.participants().forEach((p) -> byId.put(p.companyId(), p));
			for (Split.Share share : split.shares()) {
				ParticipantDraft p = byId.get(share.companyId());
				List<Object> keys = new ArrayList<>(List.of(p.area(), p.weight(), String.valueOf(p.headcount()),
						p.firstTimeExporter(), p.previousParticipations()));
				// a fixed amount is a key too
				input.items().forEach((i) -> keys.add(String.valueOf(i.draft().fixedAmounts().get(p.companyId()))));
				groups.computeIfAbsent(keys, (k) -> new ArrayList<>()).add(share);
			}
			for (List<Split.Share> group : groups.values()) {
				List<Long> nets = group.stream().map((s) -> cents(s.net())).toList();
				assertThat(Collections.max(nets) - Collections.min(nets)).as("seed %d: %s", seed, nets)
					.isLessThanOrEqualTo(1);
			}
		}
	}

	@Test
	void theSameInputAlwaysGivesTheSameSplitWhateverTheOrderOfParticipants() {
		for (int run = 0; run < POOLS; run++) {
			long seed = SEED + 3L * POOLS + run;
			SplitInput input = RandomPools.pool(new Random(seed));
			List<ParticipantDraft> shuffled = new ArrayList<>(input.participants());
			Collections.shuffle(shuffled, new Random(seed));
			SplitInput again = new SplitInput(input.defaultKey(), shuffled, input.items(), input.subsidies());
			Split first = SplitEngine.split(input);
			Split second = SplitEngine.split(input);
			Split third = SplitEngine.split(again);
			List<Object> expected = everything(first);
			if (!expected.equals(everything(second)) || !expected.equals(everything(third))) {
				throw new AssertionError("seed " + seed + ": the split changed");
			}
		}
	}

	private static List<Object> everything(Split split) {
		List<Object> all = new ArrayList<>(split.shares());
		for (long id : split.companyIds()) {
			all.addAll(split.lines(id));
		}
		all.addAll(split.subsidies());
		return all;
	}

	private static long cents(BigDecimal euros) {
		return euros.movePointRight(2).longValueExact();
	}

	private static long sum(long[] values) {
		long sum = 0;
		for (long value : values) {
			sum += value;
		}
		return sum;
	}

}
