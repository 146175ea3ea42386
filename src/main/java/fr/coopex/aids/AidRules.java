package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.coopex.aids.AidInvalidException.Problem;

/**
 * What an aid must respect to enter the catalogue, whether typed in the form or imported:
 * a name, texts within their column sizes, amounts and rates that make sense (a maximum
 * not below its minimum), a deadline not before the opening, NAF sections that exist.
 */
final class AidRules {

	static final int MAX_OPERATORS = 20;

	private AidRules() {
	}

	static List<Problem> check(AidData d, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (d.name() == null) {
			problems.add(new Problem("name", "aids.form.name-required"));
		}
		size(problems, "name", d.name(), 300);
		size(problems, "shortName", d.shortName(), 150);
		size(problems, "description", d.description(), 4000);
		size(problems, "paysForDetails", d.paysForDetails(), 2000);
		size(problems, "amountDetails", d.amountDetails(), 2000);
		size(problems, "rateBasis", d.rateBasis(), 300);
		size(problems, "delay", d.delay(), 200);
		size(problems, "applyWhere", d.applyWhere(), 500);
		size(problems, "periodDetails", d.periodDetails(), 2000);
		size(problems, "otherConditions", String.join("\n", d.otherConditions()), 4000);
		size(problems, "steps", String.join("\n", d.steps()), 4000);
		size(problems, "documents", String.join("\n", d.documents()), 4000);
		size(problems, "sources", String.join("\n", d.sources()), 4000);
		if (d.operators().size() > MAX_OPERATORS || d.operators()
			.stream()
			.anyMatch((o) -> o.name().length() > 200 || (o.role() != null && o.role().length() > 400))) {
			problems.add(new Problem("operators", "aids.form.operators-too-long"));
		}
		money(problems, "amountMin", d.amountMin());
		money(problems, "amountMax", d.amountMax());
		order(problems, "amountMax", d.amountMin(), d.amountMax(), "aids.form.max-below-min");
		rate(problems, "rateMin", d.rateMin());
		rate(problems, "rateMax", d.rateMax());
		order(problems, "rateMax", d.rateMin(), d.rateMax(), "aids.form.max-below-min");
		if (d.opensOn() != null && d.closesOn() != null && d.closesOn().isBefore(d.opensOn())) {
			problems.add(new Problem("closesOn", "aids.form.deadline-before-start"));
		}
		if (d.lastVerified() != null && d.lastVerified().isAfter(today)) {
			problems.add(new Problem("lastVerified", "aids.form.verified-in-future"));
		}
		Criteria c = d.criteria();
		positive(problems, "maxHeadcount", c.maxHeadcount(), Integer::longValue);
		positive(problems, "maxTurnover", c.maxTurnover(), Long::longValue);
		if (c.minAgeYears() != null && (c.minAgeYears() < 0 || c.minAgeYears() > 200)) {
			problems.add(new Problem("minAgeYears", "aids.form.age-range"));
		}
		if (c.nafSections().stream().anyMatch((s) -> !s.matches("[A-U]"))) {
			problems.add(new Problem("nafSections", "aids.form.naf-section-unknown"));
		}
		return problems;
	}

	private static void size(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new Problem(field, "aids.form.too-long"));
		}
	}

	private static void money(List<Problem> problems, String field, BigDecimal value) {
		if (value != null && (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 12)) {
			problems.add(new Problem(field, "aids.form.amount-invalid"));
		}
	}

	private static void rate(List<Problem> problems, String field, BigDecimal value) {
		if (value != null
				&& (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2)) {
			problems.add(new Problem(field, "aids.form.rate-invalid"));
		}
	}

	private static void order(List<Problem> problems, String field, BigDecimal min, BigDecimal max, String key) {
		if (min != null && max != null && max.compareTo(min) < 0) {
			problems.add(new Problem(field, key));
		}
	}

	private static <N> void positive(List<Problem> problems, String field, N value, Function<N, Long> asLong) {
		if (value != null && asLong.apply(value) <= 0) {
			problems.add(new Problem(field, "aids.form.positive"));
		}
	}

}
