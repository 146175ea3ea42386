package fr.coopex.observatory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.Reticence;
import fr.coopex.companies.StatisticalProfile;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.observatory.Suppression.Suppressed;

/**
 * The observatory's figures over a population of profiles, each suppressed where it rests
 * on fewer than five companies. Plain functions of the profiles, so that each is tested
 * on a hand-built population.
 */
public final class Statistics {

	private Statistics() {
	}

	/** Every table and cross-tabulation of a report, in the order of the survey. */
	public static ObservatoryReport report(Collection<StatisticalProfile> population, SizeGroup size) {
		List<StatisticalProfile> chosen = population.stream()
			.filter((p) -> size == null || SizeGroup.of(p.headcount()) == size)
			.toList();
		List<StatTable> tables = new ArrayList<>();
		tables.add(yesNo("export-staff", "exportStaff", chosen,
				(p) -> (p.exportStaff() == null) ? null : p.exportStaff() > 0, true));
		tables.add(yesNo("difficulties", "obstacles", chosen,
				(p) -> (p.obstacles() == null) ? null : !p.obstacles().isEmpty(), true));
		tables.add(SeveralValues.several("obstacles", "obstacles", "companies.obstacle.", chosen, Obstacle.values(),
				StatisticalProfile::obstacles, true));
		tables.add(SeveralValues.several("reticences", "reticences", "companies.reticence.", chosen, Reticence.values(),
				StatisticalProfile::reticences, true));
		tables.add(SeveralValues.codes("markets-served", "marketsServed", chosen, StatisticalProfile::marketsServed,
				true));
		tables.add(SeveralValues.codes("markets-targeted", "marketsTargeted", chosen,
				StatisticalProfile::marketsTargeted, false));
		tables.add(one("export-situation", "exportSituation", "companies.export-situation.", chosen,
				ExportSituation.values(), StatisticalProfile::exportSituation));
		tables.add(one("export-share", "exportShare", "observatory.export-share.", chosen, ExportShareBand.values(),
				(p) -> ExportShareBand.of(p.exportShare())));
		tables.add(one("size", "headcount", "observatory.size.", chosen, SizeGroup.values(),
				(p) -> SizeGroup.of(p.headcount())));
		tables.add(one("turnover", "turnover", "companies.turnover.", chosen, TurnoverBand.values(),
				StatisticalProfile::turnover));
		tables.add(yesNo("innovative", "innovative", chosen, StatisticalProfile::innovative, false));
		tables.add(yesNo("ecosystem-member", "ecosystems", chosen, StatisticalProfile::ecosystemMember, false));
		tables.add(divisions(chosen));
		List<CrossTable> crosses = List.of(
				CrossTabulation.table("obstacles-by-size", "obstacles", "headcount", "companies.obstacle.",
						"observatory.size.", chosen, Obstacle.values(), StatisticalProfile::obstacles,
						SizeGroup.values(), (p) -> SizeGroup.of(p.headcount())),
				CrossTabulation.table("reticences-by-situation", "reticences", "exportSituation",
						"companies.reticence.", "companies.export-situation.", chosen, Reticence.values(),
						StatisticalProfile::reticences, ExportSituation.values(), StatisticalProfile::exportSituation));
		return new ObservatoryReport(size, chosen.size() < Suppression.THRESHOLD ? null : (long) chosen.size(), tables,
				crosses);
	}

	/** A field each company has one value of: the counts add up to the base. */
	static <E extends Enum<E>> StatTable one(String id, String field, String labels,
			Collection<StatisticalProfile> population, E[] values, Function<StatisticalProfile, E> value) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Arrays.stream(values).forEach((v) -> counts.put(v.name(), 0L));
		population.stream().map(value).filter(Objects::nonNull).forEach((v) -> counts.merge(v.name(), 1L, Long::sum));
		return partition(id, field, labels, counts, false);
	}

	/** A yes-or-no field (null: not lent). */
	static StatTable yesNo(String id, String field, Collection<StatisticalProfile> population,
			Function<StatisticalProfile, Boolean> value, boolean paper) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("YES", 0L);
		counts.put("NO", 0L);
		population.stream()
			.map(value)
			.filter(Objects::nonNull)
			.forEach((v) -> counts.merge(v ? "YES" : "NO", 1L, Long::sum));
		return partition(id, field, "observatory.answer.", counts, paper);
	}

	/** NAF divisions: only those with some company, in code order. */
	static StatTable divisions(Collection<StatisticalProfile> population) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		population.stream()
			.map(StatisticalProfile::nafDivision)
			.filter(Objects::nonNull)
			.forEach((d) -> counts.merge(d, 1L, Long::sum));
		return partition("naf-divisions", "nafCode", null, counts, false);
	}

	private static StatTable partition(String id, String field, String labels, Map<String, Long> counts,
			boolean paper) {
		long[] values = counts.values().stream().mapToLong(Long::longValue).toArray();
		long base = Arrays.stream(values).sum();
		Suppressed[] suppressed = Suppression.primary(values, base);
		boolean baseHidden = base < Suppression.THRESHOLD || Suppression.secondary(values, suppressed);
		if (baseHidden) {
			Arrays.fill(suppressed, Suppressed.PRIMARY);
		}
		Long shownBase = baseHidden ? null : base;
		List<Cell> cells = new ArrayList<>();
		int i = 0;
		for (String key : counts.keySet()) {
			cells.add(Cell.of(key, values[i], shownBase, suppressed[i]));
			i++;
		}
		return new StatTable(id, field, labels, cells, shownBase, true, paper);
	}

}
