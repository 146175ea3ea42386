import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.PaidBy;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.Split;
import fr.coopex.ledger.SplitEngine;
import fr.coopex.ledger.SplitInput;
import fr.coopex.ledger.SubsidyDraft;

/**
 * Splits a pool of 1,000 participants and 100 cost items (every key, VAT, fixed amounts,
 * three subsidies) again and again, and prints how long one split takes. Run with
 * bench/ledger/run.sh.
 */
public class SplitBenchmark {

	public static void main(String[] args) {
		int warmup = Integer.getInteger("warmup", 300);
		int runs = Integer.getInteger("runs", 1000);
		SplitInput input = pool(new Random(42), 1000, 100);
		long sink = 0;
		for (int i = 0; i < warmup; i++) {
			sink += SplitEngine.split(input).totalCents();
		}
		long[] nanos = new long[runs];
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Split split = SplitEngine.split(input);
			nanos[i] = System.nanoTime() - start;
			sink += split.totalCents();
		}
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
		Arrays.sort(nanos);
		double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
		System.out.printf("split of 1,000 participants x 100 items (%d runs after %d warm-up): "
				+ "mean %.2f ms, median %.2f ms, p99 %.2f ms, max %.2f ms; CPU %.2f ms per split (checksum %d)%n", runs,
				warmup, mean, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, nanos[runs - 1] / 1e6, cpu,
				sink % 1000);
	}

	static SplitInput pool(Random random, int participantCount, int itemCount) {
		List<ParticipantDraft> participants = new ArrayList<>();
		for (int p = 0; p < participantCount; p++) {
			participants.add(new ParticipantDraft(10_000 + p, "Company " + p,
					BigDecimal.valueOf(600 + random.nextInt(2400), 2), BigDecimal.valueOf(1 + random.nextInt(40_000), 4),
					1 + random.nextInt(600), random.nextInt(4) == 0, random.nextInt(6)));
		}
		AllocationKey[] keys = { AllocationKey.BY_AREA, AllocationKey.EQUAL, AllocationKey.WEIGHTS,
				AllocationKey.HEADCOUNT_BAND };
		List<SplitInput.Item> items = new ArrayList<>();
		for (int i = 0; i < itemCount; i++) {
			CostCategory category = CostCategory.values()[i % CostCategory.values().length];
			CostItemDraft item = CostItemDraft.of("Item " + i, category,
					BigDecimal.valueOf(100_000 + random.nextInt(50_000_000), 2), BigDecimal.valueOf(20))
				.splitBy(keys[i % keys.length]);
			if (i % 10 == 9) {
				item = item.fixed(Map.of(10_000L, new BigDecimal("100.00"), 10_001L, new BigDecimal("50.00")),
						AllocationKey.BY_AREA);
			}
			if (i % 7 == 3) {
				item = item.paidBy(PaidBy.EACH_PARTICIPANT, null);
			}
			items.add(new SplitInput.Item(i + 1, item));
		}
		List<SplitInput.Subsidy> subsidies = List.of(
				new SplitInput.Subsidy(1,
						SubsidyDraft.rate("Region", BigDecimal.valueOf(50), EnumSet.of(CostCategory.SPACE), 249)),
				new SplitInput.Subsidy(2,
						new SubsidyDraft("First-timers", new BigDecimal("250000"), null,
								EnumSet.of(CostCategory.BUILD, CostCategory.FURNITURE), null, true, 3,
								new BigDecimal("2000"), null)),
				new SplitInput.Subsidy(3, SubsidyDraft.rate("Travel", BigDecimal.valueOf(30),
						EnumSet.of(CostCategory.TRAVEL, CostCategory.INTERPRETER), 49)));
		return new SplitInput(AllocationKey.BY_AREA, participants, items, subsidies);
	}

}
