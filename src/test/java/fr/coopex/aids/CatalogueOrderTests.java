package fr.coopex.aids;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of results takes the smallest keys in order, as the whole list sorted would give
 * them, however many are wanted and however many keys repeat.
 */
class CatalogueOrderTests {

	@ParameterizedTest(name = "{1} smallest of {0} keys drawn among {2} values")
	@CsvSource({ "1000, 20, 1000000", "1000, 100, 50", "1000, 1000, 1000000", "1000, 5000, 10", "7, 3, 2", "0, 20, 10",
			"1, 1, 1" })
	void theSmallestKeysComeInTheOrderOfTheWholeListSorted(int count, int wanted, int values) {
		Random random = new Random(count * 31L + wanted);
		// the array is longer than the keys counted: what lies beyond is left out
		long[] keys = new long[count + 5];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = random.nextInt(values);
		}
		long[] sorted = Arrays.copyOf(keys, count);
		Arrays.sort(sorted);
		long[] expected = Arrays.copyOf(sorted, Math.min(wanted, count));
		assertThat(CatalogueOrder.smallest(keys, count, wanted)).containsExactly(expected);
	}

}
