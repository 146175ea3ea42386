package fr.coopex.observatory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.coopex.companies.StatisticalProfile;
import fr.coopex.observatory.Suppression.Suppressed;

/** Cross-tabulates two fields of a population of profiles for {@link Statistics}. */
final class CrossTabulation {

	private CrossTabulation() {
	}

	/**
	 * Rows a company may have several of, by columns it has one of. The column bases add
	 * up to the companies counted, and each row's cells add up to that row's figure in
	 * its own table: both get the secondary suppression.
	 */
	static <R extends Enum<R>, C extends Enum<C>> CrossTable table(String id, String rowField, String columnField,
			String rowLabels, String columnLabels, Collection<StatisticalProfile> population, R[] rows,
			Function<StatisticalProfile, Set<R>> row, C[] columns, Function<StatisticalProfile, C> column) {
		List<StatisticalProfile> lent = population.stream()
			.filter((p) -> row.apply(p) != null && column.apply(p) != null)
			.toList();
		long[] bases = new long[columns.length];
		for (StatisticalProfile p : lent) {
			bases[column.apply(p).ordinal()]++;
		}
		Suppressed[] baseSuppressed = Suppression.primary(bases, Arrays.stream(bases).sum());
		for (int c = 0; c < bases.length; c++) {
			if (bases[c] > 0 && bases[c] < Suppression.THRESHOLD) {
				baseSuppressed[c] = Suppressed.PRIMARY;
			}
		}
		if (Suppression.secondary(bases, baseSuppressed)) {
			Arrays.fill(baseSuppressed, Suppressed.PRIMARY);
		}
		List<Cell> columnCells = new ArrayList<>();
		for (int c = 0; c < columns.length; c++) {
			columnCells.add(Cell.of(columns[c].name(), bases[c], null, baseSuppressed[c]));
		}
		List<CrossTable.Row> rowList = new ArrayList<>();
		for (R r : rows) {
			long[] counts = new long[columns.length];
			lent.stream().filter((p) -> row.apply(p).contains(r)).forEach((p) -> counts[column.apply(p).ordinal()]++);
			Suppressed[] suppressed = new Suppressed[columns.length];
			for (int c = 0; c < columns.length; c++) {
				suppressed[c] = (baseSuppressed[c] != Suppressed.NO || Suppression.primary(counts[c]))
						? Suppressed.PRIMARY : Suppressed.NO;
			}
			if (Suppression.secondary(counts, suppressed)) {
				Arrays.fill(suppressed, Suppressed.PRIMARY);
			}
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < columns.length; c++) {
				cells.add(Cell.of(r.name() + "/" + columns[c].name(), counts[c],
						baseSuppressed[c] == Suppressed.NO ? bases[c] : null, suppressed[c]));
			}
			rowList.add(new CrossTable.Row(r.name(), cells));
		}
		return new CrossTable(id, rowField, columnField, rowLabels, columnLabels, columnCells, rowList);
	}

}
