package fr.coopex.observatory;

import org.junit.jupiter.api.Test;

import fr.coopex.observatory.Suppression.Suppressed;

import static org.assertj.core.api.Assertions.assertThat;

/** Primary and secondary small-cell suppression on crafted cells. */
class SuppressionTests {

	@Test
	void fewerThanFiveCompaniesIsSuppressedButZeroIsNot() {
		assertThat(Suppression.primary(0)).isFalse();
		assertThat(Suppression.primary(1)).isTrue();
		assertThat(Suppression.primary(4)).isTrue();
		assertThat(Suppression.primary(5)).isFalse();
	}

	@Test
	void aLoneSuppressedCellTakesTheSmallestShownOneWithIt() {
		long[] counts = { 20, 3, 7, 12 };
		Suppressed[] suppressed = { Suppressed.NO, Suppressed.PRIMARY, Suppressed.NO, Suppressed.NO };
		assertThat(Suppression.secondary(counts, suppressed)).isFalse();
		// 3 could be read as 42 - 20 - 7 - 12: the 7 goes too
		assertThat(suppressed).containsExactly(Suppressed.NO, Suppressed.PRIMARY, Suppressed.SECONDARY, Suppressed.NO);
	}

	@Test
	void twoSuppressedCellsHoldingFewerThanFiveTogetherTakeAnotherOne() {
		long[] counts = { 1, 2, 9, 30 };
		Suppressed[] suppressed = { Suppressed.PRIMARY, Suppressed.PRIMARY, Suppressed.NO, Suppressed.NO };
		Suppression.secondary(counts, suppressed);
		assertThat(suppressed).containsExactly(Suppressed.PRIMARY, Suppressed.PRIMARY, Suppressed.SECONDARY,
				Suppressed.NO);
	}

	@Test
	void zerosAreNeverChosenAndWhenNothingIsLeftTheTotalGoes() {
		long[] counts = { 0, 3, 0 };
		Suppressed[] suppressed = { Suppressed.NO, Suppressed.PRIMARY, Suppressed.NO };
		assertThat(Suppression.secondary(counts, suppressed)).isTrue();
	}

	@Test
	void nothingSuppressedNothingAdded() {
		long[] counts = { 5, 6 };
		Suppressed[] suppressed = { Suppressed.NO, Suppressed.NO };
		assertThat(Suppression.secondary(counts, suppressed)).isFalse();
		assertThat(suppressed).containsOnly(Suppressed.NO);
	}

}
