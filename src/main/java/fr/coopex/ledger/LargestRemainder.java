package fr.coopex.ledger;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Splits an amount in cents over weights so that the parts add up to it exactly: the
 * largest remainder method. Each part first gets the whole cents of its exact quota
 * {@code total × weight / Σ weights}; the cents left over then go, one each, to the parts
 * with the largest remainders. Parts whose remainders are equal are ordered by the
 * caller's tie-break (see {@link SplitEngine} for the one of the pools), so the result is
 * deterministic. A zero weight gets nothing. Amounts and weights are never negative: a
 * refund is split as a positive amount and then negated by the caller.
 */
final class LargestRemainder {

	/**
	 * Orders, in place, the indexes of parts whose remainders are equal: the first of
	 * them get the cents left over.
	 */
	@FunctionalInterface
	interface TieBreak {

		void order(int[] tied);

	}

	private final long[] whole;

	private final long[] remainders;

	private final long sumOfWeights;

	private final int[] extras;

	private LargestRemainder(long[] whole, long[] remainders, long sumOfWeights, int[] extras) {
		this.whole = whole;
		this.remainders = remainders;
		this.sumOfWeights = sumOfWeights;
		this.extras = extras;
	}

	/** A tie-break that sorts by a comparator of indexes. */
	static TieBreak by(Comparator<Integer> order) {
		return (tied) -> {
			Integer[] boxed = new Integer[tied.length];
			for (int j = 0; j < tied.length; j++) {
				boxed[j] = tied[j];
			}
			Arrays.sort(boxed, order);
			for (int j = 0; j < tied.length; j++) {
				tied[j] = boxed[j];
			}
		};
	}

	/**
	 * Splits {@code total} over {@code weights}.
	 * @throws IllegalArgumentException when the total or a weight is negative, or when
	 * there is something to split and every weight is zero
	 */
	static LargestRemainder split(long total, long[] weights, TieBreak ties) {
		if (total < 0) {
			throw new IllegalArgumentException("A negative amount is split as a positive one");
		}
		int n = weights.length;
		long sumOfWeights = 0;
		for (long weight : weights) {
			if (weight < 0) {
				throw new IllegalArgumentException("Negative weight");
			}
			sumOfWeights = Math.addExact(sumOfWeights, weight);
		}
		if (total > 0 && sumOfWeights == 0) {
			throw new IllegalArgumentException("Nothing to split by");
		}
		long[] whole = new long[n];
		long[] remainders = new long[n];
		long given = 0;
		int withRemainder = 0;
		for (int p = 0; p < n; p++) {
			if (weights[p] == 0) {
				continue;
			}
			long high = Math.multiplyHigh(total, weights[p]);
			long low = total * weights[p];
			if (high == 0 && low >= 0) {
				whole[p] = low / sumOfWeights;
				remainders[p] = low % sumOfWeights;
			}
			else {
				BigInteger[] qr = BigInteger.valueOf(total)
					.multiply(BigInteger.valueOf(weights[p]))
					.divideAndRemainder(BigInteger.valueOf(sumOfWeights));
				whole[p] = qr[0].longValueExact();
				remainders[p] = qr[1].longValueExact();
			}
			given += whole[p];
			if (remainders[p] > 0) {
				withRemainder++;
			}
		}
		int extras = (int) (total - given);
		return new LargestRemainder(whole, remainders, sumOfWeights,
				(extras == 0) ? new int[0] : extras(remainders, withRemainder, extras, ties));
	}

	/**
	 * Who gets the cents left over: those above the extras-th largest remainder, then,
	 * among those equal to it, in the order of the tie-break.
	 */
	private static int[] extras(long[] remainders, int withRemainder, int extras, TieBreak ties) {
		long[] positive = new long[withRemainder];
		int k = 0;
		for (long remainder : remainders) {
			if (remainder > 0) {
				positive[k++] = remainder;
			}
		}
		long threshold = select(positive, withRemainder - extras);
		int[] chosen = new int[extras];
		int count = 0;
		int tiedCount = 0;
		int[] tied = new int[withRemainder];
		for (int p = 0; p < remainders.length; p++) {
			if (remainders[p] > threshold) {
				chosen[count++] = p;
			}
			else if (remainders[p] == threshold) {
				tied[tiedCount++] = p;
			}
		}
		int[] ordered = Arrays.copyOf(tied, tiedCount);
		if (ordered.length > 1) {
			ties.order(ordered);
		}
		for (int j = 0; count < extras; j++) {
			chosen[count++] = ordered[j];
		}
		return chosen;
	}

	/** The whole cents of each quota (before the cents left over are given). */
	long[] whole() {
		return this.whole;
	}

	/** The remainder of each quota, in 1/Σ weights of a cent. */
	long[] remainders() {
		return this.remainders;
	}

	long sumOfWeights() {
		return this.sumOfWeights;
	}

	/** The indexes that get one of the cents left over. */
	int[] extras() {
		return this.extras;
	}

	/** Each part: its whole cents, plus one when it gets a cent left over. */
	long[] parts() {
		long[] parts = this.whole.clone();
		for (int p : this.extras) {
			parts[p]++;
		}
		return parts;
	}

	/** The k-th smallest value (from 0), by quickselect; reorders the array. */
	static long select(long[] values, int k) {
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
	static long mulDiv(long a, long b, long c) {
		long high = Math.multiplyHigh(a, b);
		long low = a * b;
		if (high == 0 && low >= 0) {
			return low / c;
		}
		return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
	}

	static long sum(long[] values) {
		long sum = 0;
		for (long value : values) {
			sum = Math.addExact(sum, value);
		}
		return sum;
	}

}
