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

	private static final long RATE_SCALE = DraftRules.RATE_SCALE;

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
		return DraftRules.cents(amount, field, context);
	}

	/** Checks a rate in percent (0 to 100, 2 decimals) and returns it in 1/10,000. */
	static long rate(BigDecimal rate, String field, String overKey, Object... context) {
		return DraftRules.rate(rate, field, overKey, context);
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

		/** Each participant's keys, by company id. */
		private final Map<Long, DraftRules.Keys> keys = new HashMap<>();

		private final long[] area;

		private final long[] typed;

		private final long[] band;

		private final long[] equal;

		private final List<SplitInput.Item> items;

		private final List<SplitInput.Subsidy> subsidies;

		private final long[] subsidyRates;

		private final long[] subsidyAmounts;

		private final long[] subsidyCaps;

		private final long[] itemHt;

		private final long[] itemVat;

		private final long[][] htLines;

		private final long[][] vatLines;

		/** What each participant pays before VAT by category: rounded, and precise. */
		private final long[][] remaining;

		private final long[][] precise;

		private final long[][] subsidyLines;

		private final long[] subsidyEligible;

		/** The items' total so far, in cents. */
		private long total;

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
			this.area = new long[this.n];
			this.typed = new long[this.n];
			this.band = new long[this.n];
			this.equal = new long[this.n];
			this.items = input.items();
			this.subsidies = input.subsidies();
			int m = this.items.size();
			int s = this.subsidies.size();
			this.subsidyRates = new long[s];
			this.subsidyAmounts = new long[s];
			this.subsidyCaps = new long[s];
			this.itemHt = new long[m];
			this.itemVat = new long[m];
			this.htLines = new long[m][];
			this.vatLines = new long[m][];
			int categories = CostCategory.values().length;
			this.remaining = (s == 0) ? null : new long[this.n][categories];
			this.precise = (s == 0) ? null : new long[this.n][categories];
			this.subsidyLines = new long[s][];
			this.subsidyEligible = new long[s];
		}

		/** The steps of the split, in order. */
		Split run() {
			DraftRules.defaultKey(this.input.defaultKey());
			readKeys();
			readSubsidies();
			for (int i = 0; i < this.items.size(); i++) {
				splitItem(i);
			}
			for (int s = 0; s < this.subsidies.size(); s++) {
				grantSubsidy(s);
			}
			evenOut(this.htLines, this.vatLines, this.subsidyLines, this.subsidyCaps);
			return new Split(this.input, this.participants, this.itemHt, this.itemVat, this.htLines, this.vatLines,
					this.subsidyLines, this.subsidyEligible);
		}

		/** Step 1: each participant's keys, checked. */
		private void readKeys() {
			for (int p = 0; p < this.n; p++) {
				DraftRules.Keys keys = DraftRules.participant(this.participants[p]);
				this.keys.put(this.ids[p], keys);
				this.area[p] = keys.area();
				this.typed[p] = keys.weight();
				this.band[p] = keys.band();
				this.equal[p] = 1;
			}
		}

		/** Step 2: the subsidies' terms, checked. */
		private void readSubsidies() {
			if (this.subsidies.size() > MAX_SUBSIDIES) {
				throw new LedgerException(null, "ledger.subsidy.too-many");
			}
			for (int s = 0; s < this.subsidies.size(); s++) {
				DraftRules.SubsidyTerms terms = DraftRules.subsidy(this.subsidies.get(s).draft());
				this.subsidyRates[s] = terms.rate();
				this.subsidyAmounts[s] = terms.amount();
				this.subsidyCaps[s] = terms.cap();
			}
		}

		/**
		 * Step 3, for each item: its amount before VAT by its key (fixed amounts first),
		 * then its VAT the same way; what each participant pays of its category is kept
		 * for the subsidies.
		 */
		private void splitItem(int i) {
			CostItemDraft item = this.items.get(i).draft();
			DraftRules.ItemTerms terms = DraftRules.item(item, this.input.defaultKey(), this.keys);
			long amount = terms.amount();
			this.total = Math.addExact(this.total, amount);
			if (this.total > DraftRules.MAX_CENTS) {
				throw new LedgerException("amount", "ledger.amount.too-large", item.label());
			}
			long[] ht = new long[this.n];
			long[] exact = new long[this.n];
			long[] vatWeights = (terms.key() == AllocationKey.FIXED) ? splitFixed(terms, ht, exact)
					: splitByKey(terms, ht, exact);
			long vat = (amount * terms.vatRate() + RATE_SCALE / 2) / RATE_SCALE;
			long[] vatLine = new long[this.n];
			if (vat > 0) {
				apportionCost(vat, vatWeights, vatLine, null);
			}
			this.itemHt[i] = amount;
			this.itemVat[i] = vat;
			this.htLines[i] = ht;
			this.vatLines[i] = vatLine;
			if (!this.subsidies.isEmpty()) {
				int c = item.category().ordinal();
				for (int p = 0; p < this.n; p++) {
					this.remaining[p][c] += ht[p];
					this.precise[p][c] += exact[p];
				}
			}
		}

		/** An item by its key; returns the weights of its VAT. */
		private long[] splitByKey(DraftRules.ItemTerms terms, long[] ht, long[] exact) {
			long[] weights = weightsOf(terms.key());
			if (terms.amount() > 0) {
				apportionCost(terms.amount(), weights, ht, exact);
			}
			return weights;
		}

		/**
		 * An item with fixed amounts: those first, the rest by the rest key among the
		 * others; returns the weights of its VAT (the exact shares before VAT).
		 */
		private long[] splitFixed(DraftRules.ItemTerms terms, long[] ht, long[] exact) {
			long[] base = weightsOf(terms.restKey());
			long[] weights = new long[this.n];
			long fixedTotal = 0;
			for (int p = 0; p < this.n; p++) {
				Long fixed = terms.fixed().get(this.ids[p]);
				if (fixed != null) {
					ht[p] = fixed;
					fixedTotal += fixed;
				}
				else {
					weights[p] = base[p];
				}
			}
			long rest = terms.amount() - fixedTotal;
			if (rest > 0) {
				apportionCost(rest, weights, ht, exact);
			}
			for (int p = 0; p < this.n; p++) {
				if (terms.fixed().containsKey(this.ids[p])) {
					exact[p] = ht[p] * PRECISE;
				}
			}
			return exact;
		}

		/**
		 * Step 4, for each subsidy: what the eligible participants still pay on its
		 * categories, its grant (a rate or an amount) and what it leaves them to pay.
		 */
		private void grantSubsidy(int s) {
			SubsidyDraft subsidy = this.subsidies.get(s).draft();
			long[] base = new long[this.n];
			long[] limit = new long[this.n];
			for (int p = 0; p < this.n; p++) {
				if (subsidy.isEligible(this.participants[p])) {
					this.subsidyEligible[s]++;
					long rounded = 0;
					for (CostCategory category : subsidy.categories()) {
						base[p] += this.precise[p][category.ordinal()];
						rounded += this.remaining[p][category.ordinal()];
					}
					limit[p] = Math.min(rounded, this.subsidyCaps[s]);
				}
			}
			long[] granted = (subsidy.rate() != null) ? grantRate(this.subsidyRates[s], base, limit)
					: grantAmount(this.subsidyAmounts[s], base, limit);
			this.subsidyLines[s] = granted;
			for (int p = 0; p < this.n; p++) {
				this.runningNet[p] -= granted[p];
				long left = granted[p];
				for (CostCategory category : CostCategory.values()) {
					if (left == 0) {
						break;
					}
					if (subsidy.categories().contains(category)) {
						int c = category.ordinal();
						long taken = Math.min(left, this.remaining[p][c]);
						this.remaining[p][c] -= taken;
						this.precise[p][c] = Math.max(0, this.precise[p][c] - taken * PRECISE);
						left -= taken;
					}
				}
			}
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

		private long[] weightsOf(AllocationKey key) {
			return switch (key) {
				case BY_AREA -> this.area;
				case WEIGHTS -> this.typed;
				case HEADCOUNT_BAND -> this.band;
				case EQUAL -> this.equal;
				case FIXED -> throw new IllegalArgumentException("FIXED has no weights");
			};
		}

		/**
		 * Adds to {@code out} a cost split in proportion to weights, and to {@code exact}
		 * (when given) the exact quotas in 1/10,000 of a cent.
		 */
		private void apportionCost(long total, long[] weights, long[] out, long[] exact) {
			LargestRemainder split = LargestRemainder.split(total, weights, new CostOrder(weights));
			if (exact != null) {
				long[] whole = split.whole();
				long[] rem = split.remainders();
				for (int p = 0; p < this.n; p++) {
					if (weights[p] != 0) {
						exact[p] += whole[p] * PRECISE + LargestRemainder.mulDiv(rem[p], PRECISE, split.sumOfWeights());
					}
				}
			}
			long[] line = split.parts();
			for (int p = 0; p < this.n; p++) {
				out[p] += line[p];
				this.runningNet[p] += line[p];
			}
		}

		/**
		 * The tie-break of a cost: larger weight, then smaller share so far, then smaller
		 * company id. When the tied weights are equal and their shares so far close
		 * enough, sorts packed numbers (share so far, then index, i.e. company id) rather
		 * than objects, for speed; same order.
		 */
		private final class CostOrder implements Comparator<Integer>, LargestRemainder.TieBreak {

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

			@Override
			public void order(int[] tied) {
				long[] net = Computation.this.runningNet;
				long min = Long.MAX_VALUE;
				long max = Long.MIN_VALUE;
				boolean sameWeight = true;
				for (int p : tied) {
					min = Math.min(min, net[p]);
					max = Math.max(max, net[p]);
					sameWeight &= this.weights[p] == this.weights[tied[0]];
				}
				if (!sameWeight || max - min >= (1L << 40) || Computation.this.n >= (1 << 22)) {
					LargestRemainder.by(this).order(tied);
					return;
				}
				long[] packed = new long[tied.length];
				for (int j = 0; j < tied.length; j++) {
					packed[j] = ((net[tied[j]] - min) << 22) | tied[j];
				}
				Arrays.sort(packed);
				for (int j = 0; j < tied.length; j++) {
					tied[j] = (int) (packed[j] & ((1 << 22) - 1));
				}
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
				exact[p] = Math.min(LargestRemainder.mulDiv(base[p], rate, RATE_SCALE),
						Math.multiplyExact(limit[p], PRECISE));
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
				long[] net = this.runningNet;
				long[] ids = this.ids;
				long[] share = LargestRemainder.split(left, weights, LargestRemainder.by((a, b) -> {
					int c = Long.compare(weights[b], weights[a]);
					if (c == 0) {
						c = Long.compare(net[b], net[a]);
					}
					return (c != 0) ? c : Long.compare(ids[a], ids[b]);
				})).parts();
				for (int p = 0; p < this.n; p++) {
					out[p] += share[p];
				}
			}
			return out;
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
			return LargestRemainder.sum(values);
		}

	}

}
