package fr.coopex.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a cost pool among its participants, exactly, to the cent. Pure computation: no
 * database, no Spring, the same input always gives the same split.
 *
 * <h2>The method</h2>
 * <ol>
 * <li>Each cost item is split on its own, before VAT, by its key (the pool's key unless
 * the item names one). {@link AllocationKey#FIXED} gives the fixed amounts first and
 * spreads the rest by the item's rest key among the participants without a fixed
 * amount.</li>
 * <li>The item's VAT (its amount × rate, rounded half up to the cent) is split the same
 * way: by the item's key, or in proportion to the exact shares before VAT for fixed
 * amounts.</li>
 * <li>Subsidies, in order, each on what the eligible participants still pay (before VAT)
 * on its categories: a rate of it, or an amount spread in proportion to it; never more
 * than that, nor than the cap per participant (an amount that some cannot take is spread
 * among the others, and what nobody can take is not granted).</li>
 * <li>A participant's share is the sum of its lines; the pool's total is the sum of the
 * items with VAT less the subsidies granted, and the shares add up to it exactly.</li>
 * </ol>
 *
 * <h2>Rounding: largest remainder, and its tie-break</h2> Every split of an amount in
 * cents (an item, its VAT, a subsidy) gives each participant the whole cents of its exact
 * quota, then the cents left over, one each, to the participants with the largest
 * remainders. Equal remainders are ordered by, in turn:
 * <ol>
 * <li>the larger weight (area, weight, share before VAT...);</li>
 * <li>for a cost: the participant that received fewer such extra cents so far in this
 * pool on items of the same subsidy categories, then fewer extra cents so far in the pool
 * (the net of extra cents of cost less extra cents of subsidy); for a subsidy: the
 * participant that received more extra cents of cost so far, so that a subsidy cent evens
 * out a cost cent. This is what keeps participants with equal keys within one cent of
 * each other over a whole pool, not only on each item;</li>
 * <li>the smaller company id.</li>
 * </ol>
 * Items are processed in the given order, subsidies too, and participants are sorted by
 * company id first, so the order in which participants are given does not matter.
 */
public final class SplitEngine {

	/** The largest amount accepted, in euros (NUMERIC(14,2)). */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	/** At most this many subsidies in one pool. */
	public static final int MAX_SUBSIDIES = 60;

	private static final long MAX_CENTS = 99_999_999_999_999L;

	private static final long RATE_SCALE = 10_000;

	private SplitEngine() {
	}

	/**
	 * Splits the pool.
	 * @throws LedgerException when the input cannot be split (negative or too precise
	 * amounts, weights all zero, a subsidy over 100%, fixed amounts over the item...)
	 */
	public static Split split(SplitInput input) {
		return new Computation(input).run();
	}

	/**
	 * Checks an amount in euros and returns it in cents.
	 * @throws LedgerException naming {@code field} when it is missing, negative, has more
	 * than 2 decimals or is too large
	 */
	public static long cents(BigDecimal amount, String field, Object... context) {
		if (amount == null) {
			throw new LedgerException(field, "ledger.amount.required", context);
		}
		if (amount.signum() < 0) {
			throw new LedgerException(field, "ledger.amount.negative", context);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new LedgerException(field, "ledger.amount.too-precise", context);
		}
		if (amount.compareTo(MAX_AMOUNT) > 0) {
			throw new LedgerException(field, "ledger.amount.too-large", context);
		}
		return amount.movePointRight(2).longValueExact();
	}

	/** Checks a rate in percent (0 to 100, 2 decimals) and returns it in 1/10,000. */
	static long rate(BigDecimal rate, String field, String overKey, Object... context) {
		if (rate == null || rate.signum() < 0 || rate.stripTrailingZeros().scale() > 2) {
			throw new LedgerException(field, "ledger.rate.invalid", context);
		}
		if (rate.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new LedgerException(field, overKey, context);
		}
		return rate.movePointRight(2).longValueExact();
	}

	private static final class Computation {

		/** Precise amounts are in 1/10,000 of a cent. */
		private static final long PRECISE = 10_000;

		private final SplitInput input;

		private final ParticipantDraft[] participants;

		private final long[] ids;

		private final int n;

		/** Each participant's share so far, in cents (items less subsidies). */
		private final long[] runningNet;

		private final Map<Long, Integer> indexOf = new HashMap<>();

		Computation(SplitInput input) {
			this.input = input;
			this.participants = input.participants()
				.stream()
				.sorted(Comparator.comparingLong(ParticipantDraft::companyId))
				.toArray(ParticipantDraft[]::new);
			this.n = this.participants.length;
			this.ids = new long[this.n];
			this.runningNet = new long[this.n];
			for (int p = 0; p < this.n; p++) {
				this.ids[p] = this.participants[p].companyId();
				if (this.indexOf.put(this.ids[p], p) != null) {
					throw new LedgerException(null, "ledger.participant.duplicate",
							new LedgerException.Company(this.ids[p]));
				}
			}
		}

		Split run() {
			AllocationKey defaultKey = this.input.defaultKey();
			if (defaultKey == null || !defaultKey.canSpreadRest()) {
				throw new LedgerException("defaultKey", "ledger.key.invalid-default");
			}
			long[] area = new long[this.n];
			long[] typed = new long[this.n];
			long[] band = new long[this.n];
			long[] equal = new long[this.n];
			for (int p = 0; p < this.n; p++) {
				ParticipantDraft participant = this.participants[p];
				area[p] = scaled(participant.area(), 2, "area", "ledger.participant.area-invalid",
						new LedgerException.Company(participant.companyId()));
				typed[p] = scaled(participant.weight(), 4, "weight", "ledger.participant.weight-invalid",
						new LedgerException.Company(participant.companyId()));
				if (participant.previousParticipations() < 0
						|| (participant.headcount() != null && participant.headcount() < 0)) {
					throw new LedgerException(null, "ledger.participant.invalid",
							new LedgerException.Company(participant.companyId()));
				}
				band[p] = AllocationKey.headcountWeight(participant.headcount());
				equal[p] = 1;
			}
			List<SplitInput.Subsidy> subsidies = this.input.subsidies();
			if (subsidies.size() > MAX_SUBSIDIES) {
				throw new LedgerException(null, "ledger.subsidy.too-many");
			}
			long[] subsidyRates = new long[subsidies.size()];
			long[] subsidyAmounts = new long[subsidies.size()];
			long[] subsidyCaps = new long[subsidies.size()];
			for (int s = 0; s < subsidies.size(); s++) {
				validateSubsidy(subsidies.get(s).draft(), s, subsidyRates, subsidyAmounts, subsidyCaps);
			}

			List<SplitInput.Item> items = this.input.items();
			int m = items.size();
			int categories = CostCategory.values().length;
			long[] itemHt = new long[m];
			long[] itemVat = new long[m];
			long[][] htLines = new long[m][];
			long[][] vatLines = new long[m][];
			// what each participant pays before VAT by category: rounded, and precise
			long[][] remaining = subsidies.isEmpty() ? null : new long[this.n][categories];
			long[][] precise = subsidies.isEmpty() ? null : new long[this.n][categories];
			long total = 0;
			for (int i = 0; i < m; i++) {
				CostItemDraft item = items.get(i).draft();
				String label = item.label();
				if (item.category() == null) {
					throw new LedgerException("category", "ledger.item.category-required", label);
				}
				long amount = cents(item.amount(), "amount", label);
				long vatRate = rate(item.vatRate(), "vatRate", "ledger.vat.over-100", label);
				total = Math.addExact(total, amount);
				if (total > MAX_CENTS) {
					throw new LedgerException("amount", "ledger.amount.too-large", label);
				}
				if (item.paidBy() == PaidBy.PARTICIPANT
						&& (item.advancedBy() == null || !this.indexOf.containsKey(item.advancedBy()))) {
					throw new LedgerException("advancedBy", "ledger.item.advanced-by-unknown", label);
				}
				AllocationKey key = (item.key() != null) ? item.key() : defaultKey;
				long[] ht = new long[this.n];
				long[] exact = new long[this.n];
				long[] vatWeights;
				if (key == AllocationKey.FIXED) {
					AllocationKey restKey = (item.restKey() != null) ? item.restKey() : defaultKey;
					if (!restKey.canSpreadRest()) {
						throw new LedgerException("restKey", "ledger.item.rest-key-fixed", label);
					}
					boolean[] hasFixed = new boolean[this.n];
					long fixedTotal = 0;
					for (Map.Entry<Long, BigDecimal> entry : item.fixedAmounts().entrySet()) {
						Integer p = this.indexOf.get(entry.getKey());
						if (p == null) {
							throw new LedgerException("fixedAmounts", "ledger.item.fixed-unknown-participant", label);
						}
						ht[p] = cents(entry.getValue(), "fixedAmounts", label);
						hasFixed[p] = true;
						fixedTotal += ht[p];
					}
					if (fixedTotal > amount) {
						throw new LedgerException("fixedAmounts", "ledger.item.fixed-over-total", label);
					}
					long[] base = weightsOf(restKey, area, typed, band, equal);
					long[] weights = new long[this.n];
					boolean anyWithout = false;
					for (int p = 0; p < this.n; p++) {
						weights[p] = hasFixed[p] ? 0 : base[p];
						anyWithout |= !hasFixed[p];
					}
					long rest = amount - fixedTotal;
					if (rest > 0) {
						if (this.n == 0) {
							throw new LedgerException("key", "ledger.split.no-participants", label);
						}
						if (sum(weights) == 0) {
							throw new LedgerException("fixedAmounts",
									anyWithout ? "ledger.split.weights-zero" : "ledger.item.fixed-rest-nobody", label);
						}
						apportionCost(rest, weights, ht, exact);
					}
					for (int p = 0; p < this.n; p++) {
						if (hasFixed[p]) {
							exact[p] = ht[p] * PRECISE;
						}
					}
					vatWeights = exact;
				}
				else {
					long[] weights = weightsOf(key, area, typed, band, equal);
					if (amount > 0 && sum(weights) == 0) {
						throw new LedgerException("key",
								(this.n == 0) ? "ledger.split.no-participants" : "ledger.split.weights-zero", label);
					}
					if (amount > 0) {
						apportionCost(amount, weights, ht, exact);
					}
					vatWeights = weights;
				}
				long vat = (amount * vatRate + RATE_SCALE / 2) / RATE_SCALE;
				long[] vatLine = new long[this.n];
				if (vat > 0) {
					apportionCost(vat, vatWeights, vatLine, null);
				}
				itemHt[i] = amount;
				itemVat[i] = vat;
				htLines[i] = ht;
				vatLines[i] = vatLine;
				if (remaining != null) {
					int c = item.category().ordinal();
					for (int p = 0; p < this.n; p++) {
						remaining[p][c] += ht[p];
						precise[p][c] += exact[p];
					}
				}
			}

			long[][] subsidyLines = new long[subsidies.size()][];
			long[] subsidyEligible = new long[subsidies.size()];
			for (int s = 0; s < subsidies.size(); s++) {
				SubsidyDraft subsidy = subsidies.get(s).draft();
				long[] base = new long[this.n];
				long[] limit = new long[this.n];
				for (int p = 0; p < this.n; p++) {
					if (subsidy.isEligible(this.participants[p])) {
						subsidyEligible[s]++;
						long rounded = 0;
						for (CostCategory category : subsidy.categories()) {
							base[p] += precise[p][category.ordinal()];
							rounded += remaining[p][category.ordinal()];
						}
						limit[p] = Math.min(rounded, subsidyCaps[s]);
					}
				}
				long[] granted = (subsidy.rate() != null) ? grantRate(subsidyRates[s], base, limit)
						: grantAmount(subsidyAmounts[s], base, limit);
				subsidyLines[s] = granted;
				for (int p = 0; p < this.n; p++) {
					this.runningNet[p] -= granted[p];
					long left = granted[p];
					for (CostCategory category : CostCategory.values()) {
						if (left == 0) {
							break;
						}
						if (subsidy.categories().contains(category)) {
							int c = category.ordinal();
							long taken = Math.min(left, remaining[p][c]);
							remaining[p][c] -= taken;
							precise[p][c] = Math.max(0, precise[p][c] - taken * PRECISE);
							left -= taken;
						}
					}
				}
			}
			evenOut(htLines, vatLines, subsidyLines, subsidyCaps);
			return new Split(this.input, this.participants, itemHt, itemVat, htLines, vatLines, subsidyLines,
					subsidyEligible);
		}

		/**
		 * Participants with equal keys (the same area, weight, headcount, subsidy
		 * criteria and fixed amounts) have the same whole cents in every split and equal
		 * remainders, so any of them may take an extra cent. Above, extra cents go to the
		 * one with the smaller share so far, which keeps them within one cent in most
		 * pools; a subsidy that takes all of what some pay on its categories can still
		 * leave two cents between them. This moves extra cents within such a group, from
		 * the one who pays most to the one who pays least, until they are within one
		 * cent: extra cents of VAT or of a cost no subsidy looks at, of a cost when the
		 * subsidies stay within what the payer pays, or extra cents of subsidy when the
		 * receiver stays within its cap and what it pays.
		 */
		private void evenOut(long[][] ht, long[][] vat, long[][] subsidy, long[] caps) {
			List<SplitInput.Item> items = this.input.items();
			List<SplitInput.Subsidy> subsidies = this.input.subsidies();
			Map<List<Object>, List<Integer>> byKeys = new HashMap<>();
			for (int p = 0; p < this.n; p++) {
				ParticipantDraft participant = this.participants[p];
				byKeys
					.computeIfAbsent(List.of(participant.area().stripTrailingZeros(),
							participant.weight().stripTrailingZeros(), String.valueOf(participant.headcount()),
							participant.firstTimeExporter(), participant.previousParticipations()),
							(k) -> new ArrayList<>())
					.add(p);
			}
			// fixed amounts are keys too
			Map<List<Object>, List<Integer>> groups = new HashMap<>();
			for (List<Integer> candidates : byKeys.values()) {
				if (candidates.size() < 2) {
					continue;
				}
				for (int p : candidates) {
					List<Object> key = new ArrayList<>();
					key.add(candidates.get(0));
					for (SplitInput.Item item : items) {
						BigDecimal fixed = item.draft().fixedAmounts().get(this.ids[p]);
						key.add((fixed != null) ? fixed.stripTrailingZeros() : "-");
					}
					groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(p);
				}
			}
			for (List<Integer> group : groups.values()) {
				if (group.size() < 2) {
					continue;
				}
				long[] net = new long[group.size()];
				for (int g = 0; g < net.length; g++) {
					net[g] = netOf(group.get(g), ht, vat, subsidy);
				}
				for (int round = 0; round < 10_000; round++) {
					int hi = 0;
					int lo = 0;
					for (int g = 1; g < net.length; g++) {
						hi = (net[g] > net[hi]) ? g : hi;
						lo = (net[g] < net[lo]) ? g : lo;
					}
					if (net[hi] - net[lo] <= 1
							|| !moveOneCent(group.get(hi), group.get(lo), ht, vat, subsidy, caps, items, subsidies)) {
						break;
					}
					net[hi]--;
					net[lo]++;
				}
			}
		}

		private boolean moveOneCent(int hi, int lo, long[][] ht, long[][] vat, long[][] subsidy, long[] caps,
				List<SplitInput.Item> items, List<SplitInput.Subsidy> subsidies) {
			for (long[] line : vat) {
				if (line[hi] > line[lo]) {
					line[hi]--;
					line[lo]++;
					return true;
				}
			}
			for (int i = 0; i < ht.length; i++) {
				if (ht[i][hi] > ht[i][lo]
						&& subsidiesStayCovered(hi, items.get(i).draft().category(), ht, subsidy, items, subsidies)) {
					ht[i][hi]--;
					ht[i][lo]++;
					return true;
				}
			}
			for (int s = 0; s < subsidy.length; s++) {
				if (subsidy[s][lo] > subsidy[s][hi] && subsidy[s][hi] < caps[s]
						&& subsidy[s][hi] < paidOn(hi, subsidies.get(s).draft().categories(), ht, items)
								- otherSubsidies(hi, s, subsidy, subsidies)) {
					subsidy[s][lo]--;
					subsidy[s][hi]++;
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether the subsidies of a participant still fit what it pays once it pays one
		 * cent less of a category.
		 */
		private boolean subsidiesStayCovered(int p, CostCategory category, long[][] ht, long[][] subsidy,
				List<SplitInput.Item> items, List<SplitInput.Subsidy> subsidies) {
			java.util.Set<CostCategory> all = java.util.EnumSet.noneOf(CostCategory.class);
			long total = 0;
			for (int s = 0; s < subsidy.length; s++) {
				java.util.Set<CostCategory> categories = subsidies.get(s).draft().categories();
				if (categories.contains(category) && subsidy[s][p] > 0) {
					if (subsidy[s][p] + otherSubsidies(p, s, subsidy, subsidies) > paidOn(p, categories, ht, items)
							- 1) {
						return false;
					}
				}
				if (subsidy[s][p] > 0) {
					all.addAll(categories);
					total += subsidy[s][p];
				}
			}
			return !all.contains(category) || total <= paidOn(p, all, ht, items) - 1;
		}

		/** What other subsidies sharing a category with subsidy {@code s} give p. */
		private static long otherSubsidies(int p, int s, long[][] subsidy, List<SplitInput.Subsidy> subsidies) {
			long total = 0;
			java.util.Set<CostCategory> categories = subsidies.get(s).draft().categories();
			for (int t = 0; t < subsidy.length; t++) {
				if (t != s && !java.util.Collections.disjoint(categories, subsidies.get(t).draft().categories())) {
					total += subsidy[t][p];
				}
			}
			return total;
		}

		private static long paidOn(int p, java.util.Set<CostCategory> categories, long[][] ht,
				List<SplitInput.Item> items) {
			long total = 0;
			for (int i = 0; i < ht.length; i++) {
				if (categories.contains(items.get(i).draft().category())) {
					total += ht[i][p];
				}
			}
			return total;
		}

		private static long netOf(int p, long[][] ht, long[][] vat, long[][] subsidy) {
			long net = 0;
			for (int i = 0; i < ht.length; i++) {
				net += ht[i][p] + vat[i][p];
			}
			for (long[] line : subsidy) {
				net -= line[p];
			}
			return net;
		}

		private void validateSubsidy(SubsidyDraft subsidy, int s, long[] rates, long[] amounts, long[] caps) {
			String label = subsidy.label();
			if ((subsidy.amount() == null) == (subsidy.rate() == null)) {
				throw new LedgerException("rate", "ledger.subsidy.amount-or-rate", label);
			}
			if (subsidy.rate() != null) {
				rates[s] = rate(subsidy.rate(), "rate", "ledger.subsidy.rate-over-100", label);
			}
			else {
				amounts[s] = cents(subsidy.amount(), "amount", label);
			}
			if (subsidy.categories().isEmpty()) {
				throw new LedgerException("categories", "ledger.subsidy.categories-required", label);
			}
			caps[s] = (subsidy.capPerParticipant() != null)
					? cents(subsidy.capPerParticipant(), "capPerParticipant", label) : Long.MAX_VALUE;
			if ((subsidy.maxHeadcount() != null && subsidy.maxHeadcount() < 0)
					|| (subsidy.maxPreviousParticipations() != null && subsidy.maxPreviousParticipations() < 0)) {
				throw new LedgerException("maxHeadcount", "ledger.subsidy.criteria-invalid", label);
			}
		}

		private long[] weightsOf(AllocationKey key, long[] area, long[] typed, long[] band, long[] equal) {
			return switch (key) {
				case BY_AREA -> area;
				case WEIGHTS -> typed;
				case HEADCOUNT_BAND -> band;
				case EQUAL -> equal;
				case FIXED -> throw new IllegalArgumentException("FIXED has no weights");
			};
		}

		/**
		 * Adds to {@code out} a cost split in proportion to weights, and to {@code exact}
		 * (when given) the exact quotas in 1/10,000 of a cent.
		 */
		private void apportionCost(long total, long[] weights, long[] out, long[] exact) {
			long[] line = new long[this.n];
			long[] rem = new long[this.n];
			long sumWeights = sum(weights);
			int[] chosen = largestRemainder(total, weights, sumWeights, line, rem, new CostOrder(weights));
			if (exact != null) {
				for (int p = 0; p < this.n; p++) {
					if (weights[p] != 0) {
						exact[p] += line[p] * PRECISE + mulDiv(rem[p], PRECISE, sumWeights);
					}
				}
			}
			for (int p : chosen) {
				line[p]++;
			}
			for (int p = 0; p < this.n; p++) {
				out[p] += line[p];
				this.runningNet[p] += line[p];
			}
		}

		/**
		 * The tie-break of a cost: larger weight, then smaller share so far, then smaller
		 * company id.
		 */
		private final class CostOrder implements Comparator<Integer> {

			private final long[] weights;

			CostOrder(long[] weights) {
				this.weights = weights;
			}

			@Override
			public int compare(Integer a, Integer b) {
				int c = Long.compare(this.weights[b], this.weights[a]);
				if (c == 0) {
					c = Long.compare(Computation.this.runningNet[a], Computation.this.runningNet[b]);
				}
				return (c != 0) ? c : Long.compare(Computation.this.ids[a], Computation.this.ids[b]);
			}

		}

		/**
		 * A rate of each participant's precise base, at most its limit; the total granted
		 * is the sum rounded half up, given out by largest remainder.
		 */
		private long[] grantRate(long rate, long[] base, long[] limit) {
			long[] exact = new long[this.n];
			long sum = 0;
			for (int p = 0; p < this.n; p++) {
				exact[p] = Math.min(mulDiv(base[p], rate, RATE_SCALE), Math.multiplyExact(limit[p], PRECISE));
				sum = Math.addExact(sum, exact[p]);
			}
			long granted = (sum + PRECISE / 2) / PRECISE;
			long[] out = new long[this.n];
			long[] rem = new long[this.n];
			long given = 0;
			List<Integer> candidates = new ArrayList<>();
			for (int p = 0; p < this.n; p++) {
				out[p] = exact[p] / PRECISE;
				rem[p] = exact[p] % PRECISE;
				given += out[p];
				if (rem[p] > 0) {
					candidates.add(p);
				}
			}
			long[] net = this.runningNet;
			long[] ids = this.ids;
			candidates.sort((a, b) -> {
				int c = Long.compare(rem[b], rem[a]);
				if (c == 0) {
					c = Long.compare(base[b], base[a]);
				}
				if (c == 0) {
					c = Long.compare(net[b], net[a]);
				}
				return (c != 0) ? c : Long.compare(ids[a], ids[b]);
			});
			for (int k = 0; k < granted - given; k++) {
				out[candidates.get(k)]++;
			}
			return out;
		}

		/**
		 * An amount spread in proportion to the precise bases, no one above its limit:
		 * those who would go above get their limit, and the rest is spread again among
		 * the others.
		 */
		private long[] grantAmount(long amount, long[] base, long[] limit) {
			long[] out = new long[this.n];
			long granted = Math.min(amount, sum(limit));
			boolean[] capped = new boolean[this.n];
			long left = granted;
			boolean changed = true;
			while (changed && left > 0) {
				changed = false;
				long weight = 0;
				for (int p = 0; p < this.n; p++) {
					if (!capped[p]) {
						weight = Math.addExact(weight, base[p]);
					}
				}
				for (int p = 0; p < this.n; p++) {
					// left × base / weight > limit: this one gets its limit
					if (!capped[p] && base[p] > 0 && productGreater(left, base[p], limit[p], weight)) {
						capped[p] = true;
						out[p] = limit[p];
						left -= limit[p];
						changed = true;
					}
				}
			}
			if (left > 0) {
				long[] weights = new long[this.n];
				for (int p = 0; p < this.n; p++) {
					weights[p] = capped[p] ? 0 : base[p];
				}
				long[] share = new long[this.n];
				long[] rem = new long[this.n];
				long[] net = this.runningNet;
				long[] ids = this.ids;
				int[] chosen = largestRemainder(left, weights, sum(weights), share, rem, (a, b) -> {
					int c = Long.compare(weights[b], weights[a]);
					if (c == 0) {
						c = Long.compare(net[b], net[a]);
					}
					return (c != 0) ? c : Long.compare(ids[a], ids[b]);
				});
				for (int p : chosen) {
					share[p]++;
				}
				for (int p = 0; p < this.n; p++) {
					out[p] += share[p];
				}
			}
			return out;
		}

		/**
		 * Fills {@code out} with the whole cents of each quota total × weight / Σ weights
		 * and {@code rem} with the remainders; returns who gets the cents left over:
		 * larger remainder first, then {@code order}.
		 */
		private int[] largestRemainder(long total, long[] weights, long sumWeights, long[] out, long[] rem,
				Comparator<Integer> order) {
			long given = 0;
			int withRemainder = 0;
			for (int p = 0; p < this.n; p++) {
				if (weights[p] == 0) {
					continue;
				}
				long high = Math.multiplyHigh(total, weights[p]);
				long low = total * weights[p];
				if (high == 0 && low >= 0) {
					out[p] = low / sumWeights;
					rem[p] = low % sumWeights;
				}
				else {
					BigInteger[] qr = BigInteger.valueOf(total)
						.multiply(BigInteger.valueOf(weights[p]))
						.divideAndRemainder(BigInteger.valueOf(sumWeights));
					out[p] = qr[0].longValueExact();
					rem[p] = qr[1].longValueExact();
				}
				given += out[p];
				if (rem[p] > 0) {
					withRemainder++;
				}
			}
			int extras = (int) (total - given);
			if (extras == 0) {
				return new int[0];
			}
			// the extras go to the largest remainders: those above the extras-th largest
			// remainder, then, among those equal to it, in the order of the tie-break
			long[] remainders = new long[withRemainder];
			int k = 0;
			for (int p = 0; p < this.n; p++) {
				if (rem[p] > 0) {
					remainders[k++] = rem[p];
				}
			}
			long threshold = select(remainders, withRemainder - extras);
			int[] chosen = new int[extras];
			int count = 0;
			int tiedCount = 0;
			int[] tied = new int[withRemainder];
			for (int p = 0; p < this.n; p++) {
				if (rem[p] > threshold) {
					chosen[count++] = p;
				}
				else if (rem[p] == threshold) {
					tied[tiedCount++] = p;
				}
			}
			int[] ordered = orderTies(Arrays.copyOf(tied, tiedCount), weights, order);
			for (int j = 0; count < extras; j++) {
				chosen[count++] = ordered[j];
			}
			return chosen;
		}

		/**
		 * Orders the participants whose remainders tie. When their weights are equal and
		 * their shares so far close enough, sorts packed numbers (share so far, then
		 * index, i.e. company id) rather than objects, for speed; same order.
		 */
		private int[] orderTies(int[] tied, long[] weights, Comparator<Integer> order) {
			if (tied.length < 2) {
				return tied;
			}
			long min = Long.MAX_VALUE;
			long max = Long.MIN_VALUE;
			boolean sameWeight = true;
			for (int p : tied) {
				min = Math.min(min, this.runningNet[p]);
				max = Math.max(max, this.runningNet[p]);
				sameWeight &= weights[p] == weights[tied[0]];
			}
			boolean ascendingNet = order instanceof CostOrder;
			if (sameWeight && ascendingNet && max - min < (1L << 40) && this.n < (1 << 22)) {
				long[] packed = new long[tied.length];
				for (int j = 0; j < tied.length; j++) {
					packed[j] = ((this.runningNet[tied[j]] - min) << 22) | tied[j];
				}
				Arrays.sort(packed);
				for (int j = 0; j < tied.length; j++) {
					tied[j] = (int) (packed[j] & ((1 << 22) - 1));
				}
				return tied;
			}
			Integer[] boxed = new Integer[tied.length];
			for (int j = 0; j < tied.length; j++) {
				boxed[j] = tied[j];
			}
			Arrays.sort(boxed, order);
			for (int j = 0; j < tied.length; j++) {
				tied[j] = boxed[j];
			}
			return tied;
		}

		/** The k-th smallest value (from 0), by quickselect; reorders the array. */
		private static long select(long[] values, int k) {
			int low = 0;
			int high = values.length - 1;
			while (low < high) {
				int middle = (low + high) >>> 1;
				long pivot = median(values[low], values[middle], values[high]);
				int i = low;
				int j = high;
				while (i <= j) {
					while (values[i] < pivot) {
						i++;
					}
					while (values[j] > pivot) {
						j--;
					}
					if (i <= j) {
						long swap = values[i];
						values[i] = values[j];
						values[j] = swap;
						i++;
						j--;
					}
				}
				if (k <= j) {
					high = j;
				}
				else if (k >= i) {
					low = i;
				}
				else {
					return values[k];
				}
			}
			return values[k];
		}

		private static long median(long a, long b, long c) {
			return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
		}

		/** a × b / c rounded down, all non-negative, without overflow. */
		private static long mulDiv(long a, long b, long c) {
			long high = Math.multiplyHigh(a, b);
			long low = a * b;
			if (high == 0 && low >= 0) {
				return low / c;
			}
			return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
		}

		private static boolean productGreater(long a, long b, long c, long d) {
			long high1 = Math.multiplyHigh(a, b);
			long high2 = Math.multiplyHigh(c, d);
			if (high1 != high2) {
				return high1 > high2;
			}
			return Long.compareUnsigned(a * b, c * d) > 0;
		}

		private static long sum(long[] values) {
			long sum = 0;
			for (long value : values) {
				sum = Math.addExact(sum, value);
			}
			return sum;
		}

		private static long scaled(BigDecimal value, int scale, String field, String key, Object name) {
			if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > scale
					|| value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
				throw new LedgerException(field, key, name);
			}
			return value.movePointRight(scale).longValueExact();
		}

	}

}
