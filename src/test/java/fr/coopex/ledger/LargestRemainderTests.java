package fr.coopex.ledger;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The largest-remainder arithmetic on its own: parts add up to the amount to the cent,
 * each within one cent of its exact quota, ties broken by the tie-break given.
 */
class LargestRemainderTests {

	private static final LargestRemainder.TieBreak LOWER_INDEX_FIRST = LargestRemainder.by(Comparator.naturalOrder());

	@RepeatedTest(200)
	void partsAddUpToTheAmountToTheCentAndStayWithinOneCentOfTheirQuota(RepetitionInfo repetition) {
		long seed = 42L * repetition.getCurrentRepetition();
		Random random = new Random(seed);
		int n = 1 + random.nextInt(40);
		long[] weights = new long[n];
		for (int p = 0; p < n; p++) {
			weights[p] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(1_000_000);
		}
		weights[random.nextInt(n)] = 1 + random.nextInt(1000);
		long total = (long) (random.nextDouble() * 10_000_000_000L);
		long[] parts = LargestRemainder.split(total, weights, LOWER_INDEX_FIRST).parts();
		long sumOfWeights = Arrays.stream(weights).sum();
		assertThat(Arrays.stream(parts).sum()).as("seed %d", seed).isEqualTo(total);
		for (int p = 0; p < n; p++) {
			double quota = (double) total * weights[p] / sumOfWeights;
			assertThat((double) parts[p]).as("seed %d, part %d", seed, p)
				.isBetween(Math.floor(quota) - 1e-6, Math.floor(quota) + 1 + 1e-6);
		}
	}

	@Test
	void theCentLeftOverGoesToTheLargestRemainder() {
		// 100 over 1:1:1 is 33.33 each; over 2:3:5 of 7 cents: 1.4, 2.1, 3.5
		assertThat(LargestRemainder.split(7, new long[] { 2, 3, 5 }, LOWER_INDEX_FIRST).parts()).containsExactly(1, 2,
				4);
	}

	@Test
	void equalRemaindersAreBrokenByTheTieBreakGiven() {
		long[] weights = { 1, 1, 1 };
		assertThat(LargestRemainder.split(100, weights, LOWER_INDEX_FIRST).parts()).containsExactly(34, 33, 33);
		assertThat(LargestRemainder.split(100, weights, LargestRemainder.by(Comparator.reverseOrder())).parts())
			.containsExactly(33, 33, 34);
		assertThat(LargestRemainder.split(200, weights, LargestRemainder.by(Comparator.reverseOrder())).parts())
			.containsExactly(66, 67, 67);
	}

	@Test
	void theSameInputAlwaysGivesTheSameParts() {
		long[] weights = { 3, 3, 3, 3, 7 };
		long[] first = LargestRemainder.split(1_000_001, weights, LOWER_INDEX_FIRST).parts();
		for (int i = 0; i < 5; i++) {
			assertThat(LargestRemainder.split(1_000_001, weights.clone(), LOWER_INDEX_FIRST).parts())
				.containsExactly(first);
		}
	}

	@Test
	void aZeroWeightGetsNothing() {
		long[] parts = LargestRemainder.split(1001, new long[] { 0, 1, 0, 1 }, LOWER_INDEX_FIRST).parts();
		assertThat(parts).containsExactly(0, 501, 0, 500);
	}

	@Test
	void oneParticipantGetsTheWholeAmount() {
		assertThat(LargestRemainder.split(123_456_789, new long[] { 17 }, LOWER_INDEX_FIRST).parts())
			.containsExactly(123_456_789);
	}

	@Test
	void nothingToSplitGivesZeros() {
		LargestRemainder split = LargestRemainder.split(0, new long[] { 0, 0 }, LOWER_INDEX_FIRST);
		assertThat(split.parts()).containsExactly(0, 0);
		assertThat(split.extras()).isEmpty();
	}

	@Test
	void largeAmountsAndWeightsDoNotOverflow() {
		long total = 99_999_999_999_999L;
		long[] weights = { 100_000_000L, 100_000_000L, 1 };
		long[] parts = LargestRemainder.split(total, weights, LOWER_INDEX_FIRST).parts();
		assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
		assertThat(parts[0] - parts[1]).isBetween(0L, 1L);
	}

	@Test
	void refusesNegativeAmountsAndWeightsAndAnAmountWithNothingToSplitItBy() {
		assertThatThrownBy(() -> LargestRemainder.split(-1, new long[] { 1 }, LOWER_INDEX_FIRST))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LargestRemainder.split(10, new long[] { 2, -1 }, LOWER_INDEX_FIRST))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LargestRemainder.split(10, new long[] { 0, 0 }, LOWER_INDEX_FIRST))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
