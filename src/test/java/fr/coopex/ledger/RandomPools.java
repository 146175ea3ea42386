package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random but valid pools for the property tests, from a seed: 1 to 40 participants, 1 to
 * 12 items of every key and payer, 0 to 3 subsidies of every kind.
 */
final class RandomPools {

	private static final BigDecimal[] VAT_RATES = { BigDecimal.ZERO, new BigDecimal("5.5"), BigDecimal.TEN,
			BigDecimal.valueOf(20) };

	private RandomPools() {
	}

	/**
	 * A pool whose participants are copies of one to four profiles (ids apart), whose
	 * subsidies look at different categories.
	 */
	static SplitInput pool(Random random, int profiles) {
		List<ParticipantDraft> kinds = new ArrayList<>();
		for (int k = 0; k < profiles; k++) {
			kinds.add(participant(random, 0));
		}
		int count = 1 + random.nextInt(40);
		List<ParticipantDraft> participants = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			ParticipantDraft kind = kinds.get(random.nextInt(kinds.size()));
			participants.add(new ParticipantDraft(1000 + p * 7L + random.nextInt(7), "P" + p, kind.area(),
					kind.weight(), kind.headcount(), kind.firstTimeExporter(), kind.previousParticipations()));
		}
		return pool(random, participants, profiles == count, true);
	}

	/** A pool of participants all different. */
	static SplitInput pool(Random random) {
		int count = 1 + random.nextInt(40);
		List<ParticipantDraft> participants = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			participants.add(participant(random, 1000 + p * 7L + random.nextInt(7)));
		}
		return pool(random, participants, true, false);
	}

	private static SplitInput pool(Random random, List<ParticipantDraft> participants, boolean fixedAllowed,
			boolean disjointSubsidies) {
		AllocationKey[] keys = { AllocationKey.BY_AREA, AllocationKey.EQUAL, AllocationKey.WEIGHTS,
				AllocationKey.HEADCOUNT_BAND };
		AllocationKey defaultKey = keys[random.nextInt(keys.length)];
		List<SplitInput.Item> items = new ArrayList<>();
		int itemCount = 1 + random.nextInt(12);
		for (int i = 0; i < itemCount; i++) {
			long cents = (random.nextInt(10) == 0) ? 0 : 1 + (long) (random.nextDouble() * random.nextDouble() * 5e7);
			CostCategory category = CostCategory.values()[random.nextInt(CostCategory.values().length)];
			CostItemDraft item = CostItemDraft.of("Item " + i, category, BigDecimal.valueOf(cents, 2),
					VAT_RATES[random.nextInt(VAT_RATES.length)]);
			int keyChoice = random.nextInt(6);
			if (keyChoice < 4) {
				item = item.splitBy(keys[keyChoice]);
			}
			else if (keyChoice == 4 && fixedAllowed) {
				Map<Long, BigDecimal> fixed = new HashMap<>();
				long left = cents;
				for (ParticipantDraft participant : participants) {
					if (random.nextInt(3) == 0 && left > 0) {
						long amount = (long) (random.nextDouble() * left / 2);
						fixed.put(participant.companyId(), BigDecimal.valueOf(amount, 2));
						left -= amount;
					}
				}
				if (fixed.size() == participants.size()) {
					// everyone has a fixed amount: they must make the whole item
					ParticipantDraft last = participants.get(participants.size() - 1);
					fixed.put(last.companyId(), fixed.get(last.companyId()).add(BigDecimal.valueOf(left, 2)));
				}
				item = item.fixed(fixed, keys[random.nextInt(keys.length)]);
			}
			int payer = random.nextInt(4);
			if (payer == 2) {
				item = item.paidBy(PaidBy.PARTICIPANT,
						participants.get(random.nextInt(participants.size())).companyId());
			}
			else if (payer == 3) {
				item = item.paidBy(PaidBy.EACH_PARTICIPANT, null);
			}
			items.add(new SplitInput.Item(i + 1, item));
		}
		List<SplitInput.Subsidy> subsidies = new ArrayList<>();
		int subsidyCount = random.nextInt(4);
		Set<CostCategory> taken = EnumSet.noneOf(CostCategory.class);
		for (int s = 0; s < subsidyCount; s++) {
			Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
			for (CostCategory category : CostCategory.values()) {
				if (random.nextInt(3) == 0 && !(disjointSubsidies && taken.contains(category))) {
					categories.add(category);
				}
			}
			if (categories.isEmpty()) {
				if (disjointSubsidies) {
					break;
				}
				categories.add(CostCategory.SPACE);
			}
			taken.addAll(categories);
			boolean rate = random.nextBoolean();
			BigDecimal rateValue = rate ? BigDecimal.valueOf(random.nextInt(10_001), 2) : null;
			BigDecimal amount = rate ? null : BigDecimal.valueOf((long) (random.nextDouble() * 3e6), 2);
			BigDecimal cap = (random.nextInt(3) == 0) ? BigDecimal.valueOf((long) (random.nextDouble() * 5e5), 2)
					: null;
			subsidies.add(new SplitInput.Subsidy(100 + s,
					new SubsidyDraft("Aide " + s, amount, rateValue, categories, random.nextBoolean() ? null : 249,
							random.nextInt(4) == 0, random.nextBoolean() ? null : 3, cap, null)));
		}
		return new SplitInput(defaultKey, participants, items, subsidies);
	}

	private static ParticipantDraft participant(Random random, long id) {
		BigDecimal area = BigDecimal.valueOf(50 + random.nextInt(5000), 2);
		BigDecimal weight = BigDecimal.valueOf(1 + random.nextInt(50_000), 4);
		Integer headcount = (random.nextInt(8) == 0) ? null : 1 + random.nextInt(600);
		return new ParticipantDraft(id, "P" + id, area, weight, headcount, random.nextInt(3) == 0, random.nextInt(7));
	}

}
