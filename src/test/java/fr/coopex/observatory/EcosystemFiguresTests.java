package fr.coopex.observatory;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.coopex.ledger.CooperationFigures.EcosystemTotals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ecosystems of a territory counted as a whole, on hand-built memberships and pools:
 * which ecosystems count, the sums to the cent, and suppression below five companies.
 */
class EcosystemFiguresTests {

	/**
	 * Ecosystem 1: companies 1 to 4 (territory) and 9; ecosystem 2: 5 to 7; ecosystem 3:
	 * 20, 21 (elsewhere).
	 */
	private static final Map<Long, Set<Long>> MEMBERS = Map.of(1L, Set.of(1L, 2L, 3L, 4L, 9L), 2L, Set.of(5L, 6L, 7L),
			3L, Set.of(20L, 21L));

	private static final Map<Long, EcosystemTotals> TOTALS = Map.of(1L,
			new EcosystemTotals(2, new BigDecimal("20520.00"), new BigDecimal("2100.00"), Set.of(1L, 2L, 3L)), 2L,
			new EcosystemTotals(1, new BigDecimal("9600.50"), new BigDecimal("0.00"), Set.of(5L, 6L)), 3L,
			new EcosystemTotals(4, new BigDecimal("1000000.00"), new BigDecimal("1000.00"), Set.of(20L, 21L)));

	@Test
	void theEcosystemsWithAMemberInTheTerritoryCountWithAllTheirMembersAndActions() {
		EcosystemFigures figures = EcosystemFigures.of(MEMBERS, TOTALS, Set.of(1L, 2L, 3L, 4L, 5L, 30L));
		assertThat(figures.ecosystems()).isEqualTo(2);
		// company 9 counts (a member of ecosystem 1 from another region), 20 and 21 do
		// not
		assertThat(figures.memberCompanies()).isEqualTo(8);
		assertThat(figures.actions()).isEqualTo(3);
		assertThat(figures.participants()).isEqualTo(5);
		assertThat(figures.costsShared()).isEqualByComparingTo("30120.50");
		assertThat(figures.costsShared().scale()).isEqualTo(2);
		assertThat(figures.subsidies()).isEqualByComparingTo("2100.00");
		assertThat(figures.anySuppressed()).isFalse();
	}

	@Test
	void amountsAreSecretWhenFewerThanFiveCompaniesTookAShare() {
		EcosystemFigures figures = EcosystemFigures.of(MEMBERS, TOTALS, Set.of(1L));
		assertThat(figures.ecosystems()).isEqualTo(1);
		assertThat(figures.memberCompanies()).isEqualTo(5);
		assertThat(figures.actions()).isEqualTo(2);
		// three companies split ecosystem 1's actions: their total would tell too much
		assertThat(figures.participants()).isNull();
		assertThat(figures.costsShared()).isNull();
		assertThat(figures.subsidies()).isNull();
		assertThat(figures.anySuppressed()).isTrue();
	}

	@Test
	void everythingIsSecretWhenFewerThanFiveCompaniesAreMembers() {
		EcosystemFigures figures = EcosystemFigures.of(MEMBERS, TOTALS, Set.of(5L, 20L));
		// ecosystems 2 and 3: five member companies, four of whom took a share
		assertThat(figures.memberCompanies()).isEqualTo(5);
		assertThat(figures.costsShared()).isNull();
		EcosystemFigures small = EcosystemFigures.of(MEMBERS, TOTALS, Set.of(6L));
		assertThat(small.ecosystems()).isNull();
		assertThat(small.memberCompanies()).isNull();
		assertThat(small.actions()).isNull();
		assertThat(small.costsShared()).isNull();
	}

	@Test
	void aTerritoryWithoutMembersHasNothingToShow() {
		EcosystemFigures figures = EcosystemFigures.of(MEMBERS, TOTALS, Set.of(99L));
		assertThat(figures.ecosystems()).isNull();
		assertThat(figures.anySuppressed()).isTrue();
	}

}
