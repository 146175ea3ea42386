package fr.coopex.aids;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One aid as a row of the catalogue's CSV file ({@link CatalogueTransfer#COLUMNS}): lists
 * one item per line within a cell, sets of codes separated by commas, operators as
 * {@code name | role} lines.
 */
final class CatalogueRow {

	private CatalogueRow() {
	}

	/** The CSV column of each field of {@link AidData} (as the rules name them). */
	static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("shortName", "short_name"), Map.entry("operators", "operators"), Map.entry("kind", "kind"),
			Map.entry("description", "description"), Map.entry("paysFor", "pays_for"),
			Map.entry("paysForDetails", "pays_for_details"), Map.entry("amountMin", "amount_min"),
			Map.entry("amountMax", "amount_max"), Map.entry("rateMin", "rate_min"), Map.entry("rateMax", "rate_max"),
			Map.entry("amountDetails", "amount_details"), Map.entry("maxHeadcount", "max_headcount"),
			Map.entry("maxTurnover", "max_turnover"), Map.entry("maxSize", "max_size"),
			Map.entry("minAgeYears", "min_age_years"), Map.entry("nafSections", "naf_sections"),
			Map.entry("regions", "regions"), Map.entry("exportSituations", "export_situations"),
			Map.entry("otherConditions", "other_conditions"), Map.entry("steps", "apply_steps"),
			Map.entry("documents", "apply_documents"), Map.entry("delay", "apply_delay"),
			Map.entry("applyWhere", "apply_where"), Map.entry("recurrence", "recurrence"),
			Map.entry("opensOn", "opens_on"), Map.entry("closesOn", "closes_on"),
			Map.entry("periodDetails", "period_details"), Map.entry("status", "status"),
			Map.entry("european", "european"), Map.entry("sources", "sources"),
			Map.entry("lastVerified", "last_verified"), Map.entry("rateBasis", "rate_basis"),
			Map.entry("amountUnverified", "amount_unverified"));

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
