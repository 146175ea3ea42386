package fr.coopex.observatory;

import java.util.List;
import java.util.Optional;

/**
 * The observatory's figures over one territory (and size class, when chosen).
 *
 * @param size the size class chosen, or null for every company
 * @param companies how many companies it rests on, or null when fewer than five
 * @param tables one table per question, in the survey's order
 * @param crosses the cross-tabulations
 * @param ecosystems the ecosystems working in the territory, as a whole (null when not
 * computed)
 */
public record ObservatoryReport(SizeGroup size, Long companies, List<StatTable> tables, List<CrossTable> crosses,
		EcosystemFigures ecosystems) {

	public ObservatoryReport(SizeGroup size, Long companies, List<StatTable> tables, List<CrossTable> crosses) {
		this(size, companies, tables, crosses, null);
	}

	/** The same report with the figures of the territory's ecosystems. */
	public ObservatoryReport with(EcosystemFigures figures) {
		return new ObservatoryReport(this.size, this.companies, this.tables, this.crosses, figures);
	}

	public Optional<StatTable> table(String id) {
		return this.tables.stream().filter((t) -> t.id().equals(id)).findFirst();
	}

	public Optional<CrossTable> cross(String id) {
		return this.crosses.stream().filter((t) -> t.id().equals(id)).findFirst();
	}

}
