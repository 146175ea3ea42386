package fr.coopex.aids;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One aid as a row of the catalogue's CSV file ({@link CatalogueTransfer#COLUMNS}): lists
 * one item per line within a cell, sets of codes separated by commas, operators as
 * {@code name | role} lines.
 */
final class CatalogueRow {

	private CatalogueRow() {
	}

	/** The cells, in the order of the columns. */
	static List<String> of(AidView view) {
		AidData d = view.data();
		Criteria c = d.criteria();
		List<String> cells = new ArrayList<>(CatalogueTransfer.COLUMNS.size());
		cells.add(Long.toString(view.id()));
		cells.add(view.publication().name());
		cells.add(d.name());
		cells.add(d.shortName());
		cells.add(d.operators()
			.stream()
			.map((o) -> o.role() == null ? o.name() : o.name() + " | " + o.role())
			.collect(Collectors.joining("\n")));
		cells.add(code(d.kind()));
		cells.add(d.description());
		cells.add(codes(d.paysFor()));
		cells.add(d.paysForDetails());
		cells.add(number(d.amountMin()));
		cells.add(number(d.amountMax()));
		cells.add(number(d.rateMin()));
		cells.add(number(d.rateMax()));
		cells.add(d.amountDetails());
		cells.add(c.maxHeadcount() == null ? null : c.maxHeadcount().toString());
		cells.add(c.maxTurnover() == null ? null : c.maxTurnover().toString());
		cells.add(code(c.maxSize()));
		cells.add(c.minAgeYears() == null ? null : c.minAgeYears().toString());
		cells.add(Boolean.toString(c.independentOnly()));
		cells.add(Boolean.toString(c.innovativeOnly()));
		cells.add(Boolean.toString(c.clusterMembersOnly()));
		cells.add(Boolean.toString(c.firstTimeExportersOnly()));
		cells.add(Boolean.toString(c.groupingsOnly()));
		cells.add(String.join(",", c.nafSections()));
		cells.add(codes(c.regions()));
		cells.add(codes(c.exportSituations()));
		cells.add(String.join("\n", d.otherConditions()));
		cells.add(String.join("\n", d.steps()));
		cells.add(String.join("\n", d.documents()));
		cells.add(d.delay());
		cells.add(d.applyWhere());
		cells.add(code(d.recurrence()));
		cells.add(d.opensOn() == null ? null : d.opensOn().toString());
		cells.add(d.closesOn() == null ? null : d.closesOn().toString());
		cells.add(d.periodDetails());
		cells.add(code(d.status()));
		cells.add(Boolean.toString(d.european()));
		cells.add(String.join("\n", d.sources()));
		cells.add(d.lastVerified() == null ? null : d.lastVerified().toString());
		cells.add(d.rateBasis());
		cells.add(Boolean.toString(d.amountUnverified()));
		return cells;
	}

	private static String code(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String codes(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static String number(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

}
