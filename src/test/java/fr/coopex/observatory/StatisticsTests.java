package fr.coopex.observatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.Region;
import fr.coopex.companies.Reticence;
import fr.coopex.companies.StatisticalProfile;
import fr.coopex.companies.TurnoverBand;

import static org.assertj.core.api.Assertions.assertThat;

/** Each statistic of the observatory against a hand-built population. */
class StatisticsTests {

	static StatisticalProfile profile(HeadcountBand headcount, ExportSituation situation, Integer share, Integer staff,
			Set<Obstacle> obstacles, Set<Reticence> reticences, Set<String> served) {
		return new StatisticalProfile(Region.BRETAGNE, headcount, TurnoverBand.UNDER_500K, "28", Boolean.TRUE,
				situation, share, staff, served, Set.of(), obstacles, reticences, null);
	}

	/**
	 * 12 small exporters (10–19 people), 6 of them with export staff; 6 micro firms that
	 * never exported; 3 medium firms that stopped; 1 company that lends nothing.
	 */
	static List<StatisticalProfile> population() {
		List<StatisticalProfile> all = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			all.add(profile(HeadcountBand.FROM_10_TO_19, ExportSituation.EXPORTING, (i < 6) ? 30 : 8, (i < 6) ? 2 : 0,
					(i < 8) ? Set.of(Obstacle.STANDARDS, Obstacle.LANGUAGE) : Set.of(), Set.of(Reticence.TRUST),
					Set.of("Z-EU", "DE")));
		}
		for (int i = 0; i < 6; i++) {
			all.add(profile(HeadcountBand.FROM_3_TO_5, ExportSituation.NEVER_EXPORTED, 0, 0, Set.of(Obstacle.FINANCING),
					Set.of(Reticence.TIME, Reticence.TRUST), Set.of()));
		}
		for (int i = 0; i < 3; i++) {
			all.add(profile(HeadcountBand.FROM_50_TO_99, ExportSituation.STOPPED_PLANNING_TO_RESUME, 0, 1, Set.of(),
					Set.of(Reticence.AUTONOMY), Set.of("Z-EU")));
		}
		all.add(new StatisticalProfile(null, null, null, null, null, null, null, null, null, null, null, null, null));
		return all;
	}

	@Test
	void eachSingleAnswerTableCountsTheCompaniesThatLendTheField() {
		ObservatoryReport report = Statistics.report(population(), null);
		assertThat(report.companies()).isEqualTo(22);
		StatTable situation = report.table("export-situation").orElseThrow();
		assertThat(situation.base()).isEqualTo(21);
		// 3 that stopped (primary), and the 6 that never exported with them (secondary)
		assertThat(counts(situation)).containsExactly(12L, null, null, 0L);
		StatTable staff = report.table("export-staff").orElseThrow();
		assertThat(counts(staff)).containsExactly(9L, 12L);
		assertThat(staff.cells().get(0).percent()).isEqualByComparingTo("42.9");
		StatTable share = report.table("export-share").orElseThrow();
		// 9 at 0 %, 6 at 1–10 %, 6 at 26–50 %
		assertThat(counts(share)).containsExactly(9L, 6L, 0L, 6L, 0L);
		StatTable innovative = report.table("innovative").orElseThrow();
		assertThat(counts(innovative)).containsExactly(21L, 0L);
		StatTable divisions = report.table("naf-divisions").orElseThrow();
		assertThat(divisions.cells()).extracting(Cell::key).containsExactly("28");
	}

	@Test
	void severalAnswerTablesCountEachCategoryOverTheCompaniesThatAnswered() {
		ObservatoryReport report = Statistics.report(population(), null);
		StatTable obstacles = report.table("obstacles").orElseThrow();
		assertThat(obstacles.base()).isEqualTo(21);
		assertThat(cell(obstacles, "STANDARDS").count()).isEqualTo(8);
		assertThat(cell(obstacles, "FINANCING").count()).isEqualTo(6);
		assertThat(cell(obstacles, "CULTURAL").count()).isZero();
		StatTable difficulties = report.table("difficulties").orElseThrow();
		assertThat(counts(difficulties)).containsExactly(14L, 7L);
		StatTable reticences = report.table("reticences").orElseThrow();
		assertThat(cell(reticences, "TRUST").count()).isEqualTo(18);
		assertThat(cell(reticences, "AUTONOMY").shown()).isFalse();
		StatTable markets = report.table("markets-served").orElseThrow();
		assertThat(markets.base()).isEqualTo(15);
		assertThat(markets.cells()).extracting(Cell::key).startsWith("Z-EU");
		assertThat(cell(markets, "Z-EU").count()).isEqualTo(15);
		assertThat(cell(markets, "DE").count()).isEqualTo(12);
	}

	@Test
	void aSmallCategoryIsSuppressedAndSoIsTheOneThatWouldGiveItAway() {
		StatTable size = Statistics.report(population(), null).table("size").orElseThrow();
		// MICRO 6, SMALL 12, MEDIUM 3 (primary), LARGE 0: MICRO goes too (secondary)
		assertThat(size.base()).isEqualTo(21);
		assertThat(counts(size)).containsExactly(null, 12L, null, 0L);
		assertThat(size.cells()).extracting(Cell::suppressed)
			.containsExactly(Suppression.Suppressed.SECONDARY, Suppression.Suppressed.NO,
					Suppression.Suppressed.PRIMARY, Suppression.Suppressed.NO);
		assertThat(size.anySuppressed()).isTrue();
	}

	@Test
	void aPopulationOfFewerThanFiveShowsNothing() {
		List<StatisticalProfile> few = population().subList(0, 4);
		ObservatoryReport report = Statistics.report(few, null);
		assertThat(report.companies()).isNull();
		assertThat(report.tables()).allSatisfy((table) -> {
			assertThat(table.base()).isNull();
			assertThat(table.cells()).allSatisfy((cell) -> assertThat(cell.count()).isNull());
		});
	}

	@Test
	void theSizeFilterKeepsOneClass() {
		ObservatoryReport small = Statistics.report(population(), SizeGroup.SMALL);
		assertThat(small.companies()).isEqualTo(12);
		assertThat(counts(small.table("export-situation").orElseThrow())).containsExactly(12L, 0L, 0L, 0L);
		assertThat(Statistics.report(population(), SizeGroup.MEDIUM).companies()).isNull();
	}

	@Test
	void crossTabulationsSuppressSmallColumnsAndWhatWouldGiveThemAway() {
		CrossTable cross = Statistics.report(population(), null).cross("obstacles-by-size").orElseThrow();
		// column bases MICRO 6, SMALL 12, MEDIUM 3 (primary), LARGE 0: MICRO too
		assertThat(cross.columns()).extracting(Cell::count).containsExactly(null, 12L, null, 0L);
		CrossTable.Row standards = cross.rows()
			.stream()
			.filter((row) -> row.key().equals("STANDARDS"))
			.findFirst()
			.orElseThrow();
		// 8 small firms shown alone would tell, against the row's total in the obstacles
		// table, that none of the hidden micro and medium firms cites standards
		assertThat(standards.cells()).extracting(Cell::count).containsExactly(null, null, null, 0L);
		CrossTable reticences = Statistics.report(population(), null).cross("reticences-by-situation").orElseThrow();
		// exporting 12, never exported 6, stopped 3 (primary) and 0: the 6 go too
		assertThat(reticences.columns()).extracting(Cell::count).containsExactly(12L, null, null, 0L);
		CrossTable.Row trust = reticences.rows().get(0);
		assertThat(trust.key()).isEqualTo("TRUST");
		// hidden: 6 + 0, enough that the 12 exporters citing trust may be shown
		assertThat(trust.cells()).extracting(Cell::count).containsExactly(12L, null, null, 0L);
		CrossTable.Row financing = cross.rows()
			.stream()
			.filter((row) -> row.key().equals("FINANCING"))
			.findFirst()
			.orElseThrow();
		// 6 micro firms cite financing, but the micro column is suppressed: not shown
		assertThat(financing.cells().get(0).shown()).isFalse();
	}

	private static List<Long> counts(StatTable table) {
		return table.cells().stream().map(Cell::count).toList();
	}

	private static Cell cell(StatTable table, String key) {
		return table.cells().stream().filter((c) -> c.key().equals(key)).findFirst().orElseThrow();
	}

}
