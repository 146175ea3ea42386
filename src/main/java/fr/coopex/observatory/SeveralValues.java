package fr.coopex.observatory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import fr.coopex.companies.StatisticalProfile;
import fr.coopex.observatory.Suppression.Suppressed;

/** Tables of the fields a company may name several values of, for {@link Statistics}. */
final class SeveralValues {

	private SeveralValues() {
	}

	/** A field a company may have several values of: each counted over the base. */
	static <E extends Enum<E>> StatTable several(String id, String field, String labels,
			Collection<StatisticalProfile> population, E[] values, Function<StatisticalProfile, Set<E>> value,
			boolean paper) {
		List<Set<E>> lent = population.stream().map(value).filter(Objects::nonNull).toList();
		Map<String, Long> counts = new LinkedHashMap<>();
		Arrays.stream(values)
			.forEach((v) -> counts.put(v.name(), lent.stream().filter((set) -> set.contains(v)).count()));
		return multiple(id, field, labels, counts, lent.size(), paper);
	}

	/** Market codes: the companies that name at least one are the base. */
	static StatTable codes(String id, String field, Collection<StatisticalProfile> population,
			Function<StatisticalProfile, Set<String>> value, boolean paper) {
		List<Set<String>> lent = population.stream().map(value).filter((set) -> !set.isEmpty()).toList();
		Map<String, Long> counts = new java.util.TreeMap<>();
		lent.forEach((set) -> set.forEach((code) -> counts.merge(code, 1L, Long::sum)));
		Map<String, Long> ordered = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((e) -> ordered.put(e.getKey(), e.getValue()));
		return multiple(id, field, null, ordered, lent.size(), paper);
	}

	private static StatTable multiple(String id, String field, String labels, Map<String, Long> counts, long base,
			boolean paper) {
		boolean baseHidden = base < Suppression.THRESHOLD;
		Long shownBase = baseHidden ? null : base;
		List<Cell> cells = new ArrayList<>();
		counts.forEach((key, count) -> cells.add(Cell.of(key, count, shownBase,
				(baseHidden || Suppression.primary(count)) ? Suppressed.PRIMARY : Suppressed.NO)));
		return new StatTable(id, field, labels, cells, shownBase, false, paper);
	}

}
