package fr.coopex.transparency;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.coopex.ledger.CooperationFigures.StandShare;
import fr.coopex.transparency.CooperationStatement.Basis;
import fr.coopex.transparency.CooperationStatement.StandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** What a share of a stand saved, to the cent. */
class SavingsTests {

	/**
	 * 7 m² of a 22 m² stand that cost 10,000.01 €; its share 3,181.82 €, 500 € subsidy.
	 */
	private static final StandShare SHARE = new StandShare(1, 2, 3, "Stand", 4, new BigDecimal("7"),
			new BigDecimal("22"), new BigDecimal("10000.01"), new BigDecimal("3181.82"), new BigDecimal("500.00"));

	@Test
	void atTheStandsOwnCostPerSquareMetre() {
		StandLine line = Savings.of(SHARE, "Salon", null);
		assertThat(line.basis()).isEqualTo(Basis.POOL);
		// 10,000.01 / 22 = 454.5459… per m²; 7 m² = 3,181.8214 -> 3,181.82
		assertThat(line.pricePerM2()).isEqualByComparingTo("454.55");
		assertThat(line.aloneCost()).isEqualByComparingTo("3181.82");
		assertThat(line.paid()).isEqualByComparingTo("2681.82");
		assertThat(line.saved()).isEqualByComparingTo("500.00");
	}

	@Test
	void atTheCoordinatorsReferencePrice() {
		StandLine line = Savings.of(SHARE, "Salon", new BigDecimal("612.345"));
		assertThat(line.basis()).isEqualTo(Basis.REFERENCE);
		// 7 × 612.345 = 4,286.415 -> 4,286.42 (halves up)
		assertThat(line.aloneCost()).isEqualByComparingTo("4286.42");
		assertThat(line.saved()).isEqualByComparingTo("1604.60");
	}

	@Test
	void withNoAreaThereIsNothingToCompareButTheSubsidy() {
		StandShare noArea = new StandShare(1, 2, 3, "Stand", 4, BigDecimal.ZERO, BigDecimal.ZERO,
				new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("10.00"));
		StandLine line = Savings.of(noArea, "Salon", null);
		assertThat(line.basis()).isEqualTo(Basis.NONE);
		assertThat(line.aloneCost()).isEqualByComparingTo("100.00");
		assertThat(line.saved()).isEqualByComparingTo("10.00");
	}

}
