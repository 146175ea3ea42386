package fr.coopex.aids.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.aids.AidData;
import fr.coopex.aids.AidData.Operator;
import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.AidView;
import fr.coopex.aids.Criteria;
import fr.coopex.aids.Recurrence;
import fr.coopex.shared.validation.DateWindow;

/**
 * Creating or editing an aid, in parts as the page shows them. Lists are typed one item
 * per line; operators as {@code name | role} lines; NAF sections as letters separated by
 * commas.
 */
record AidForm(@NotBlank @Size(max = 300) String name, @Size(max = 150) String shortName,
		@Size(max = 8000) String operators, AidKind kind, @Size(max = 4000) String description,
		@Valid AidFunding funding, @Valid AidConditions criteria, @Valid Procedure procedure, @Valid Period period,
		AidStatus status, Boolean european, @Size(max = 4000) String sources,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(earliest = "1950-01-01", yearsBefore = 100,
				yearsAfter = 0) LocalDate lastVerified,
		long version) {

	/** Where each part of the aid's data is on the form, for the catalogue's problems. */
	private static final Map<String, String> PARTS = parts();

	AidForm {
		funding = funding == null ? new AidFunding(null, null, null, null, null, null, null, null, null) : funding;
		criteria = criteria == null
				? new AidConditions(null, null, null, null, null, null, null, null, null, null, null, null, null)
				: criteria;
		procedure = procedure == null ? new Procedure(null, null, null, null) : procedure;
		period = period == null ? new Period(null, null, null, null) : period;
	}

	/** How to apply. */
	record Procedure(@Size(max = 4000) String steps, @Size(max = 4000) String documents, @Size(max = 200) String delay,
			@Size(max = 500) String applyWhere) {

	}

	/** When one may apply. */
	record Period(Recurrence recurrence,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(earliest = "1950-01-01", yearsBefore = 100,
					yearsAfter = 10) LocalDate opensOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(earliest = "1950-01-01", yearsBefore = 100,
					yearsAfter = 10) LocalDate closesOn,
			@Size(max = 2000) String periodDetails) {

	}

	/** An empty form. */
	static AidForm empty() {
		return new AidForm(null, null, null, null, null, null, null, null, null, null, null, null, null, 0);
	}

	static AidForm of(AidView view) {
		AidData d = view.data();
		Criteria c = d.criteria();
		String operators = d.operators()
			.stream()
			.map((o) -> o.role() == null ? o.name() : o.name() + " | " + o.role())
			.collect(Collectors.joining("\n"));
		return new AidForm(d.name(), d.shortName(), operators, d.kind(), d.description(),
				new AidFunding(d.paysFor(), d.paysForDetails(), d.amountMin(), d.amountMax(), d.rateMin(), d.rateMax(),
						d.amountDetails(), d.rateBasis(), d.amountUnverified()),
				new AidConditions(c.maxHeadcount(), c.maxTurnover(), c.maxSize(), c.minAgeYears(), c.independentOnly(),
						c.innovativeOnly(), c.clusterMembersOnly(), c.firstTimeExportersOnly(), c.groupingsOnly(),
						String.join(", ", c.nafSections()), c.regions(), c.exportSituations(),
						String.join("\n", d.otherConditions())),
				new Procedure(String.join("\n", d.steps()), String.join("\n", d.documents()), d.delay(),
						d.applyWhere()),
				new Period(d.recurrence(), d.opensOn(), d.closesOn(), d.periodDetails()), d.status(), d.european(),
				String.join("\n", d.sources()), d.lastVerified(), view.version());
	}

	AidData toData() {
		AidFunding f = this.funding;
		Period p = this.period;
		return new AidData(this.name, this.shortName, operatorList(), this.kind, this.description, f.paysFor(),
				f.paysForDetails(), f.amountMin(), f.amountMax(), f.rateMin(), f.rateMax(), f.amountDetails(),
				this.criteria.toCriteria(), lines(this.criteria.otherConditions()), lines(this.procedure.steps()),
				lines(this.procedure.documents()), this.procedure.delay(), this.procedure.applyWhere(), p.recurrence(),
				p.opensOn(), p.closesOn(), p.periodDetails(), this.status, yes(this.european), lines(this.sources),
				this.lastVerified, f.rateBasis(), yes(f.amountUnverified()));
	}

	/**
	 * The form field of a field of the aid's data ({@code amountMax}:
	 * {@code funding.amountMax}).
	 */
	static String path(String dataField) {
		return PARTS.getOrDefault(dataField, dataField);
	}

	private List<Operator> operatorList() {
		return lines(this.operators).stream().map((line) -> {
			int bar = line.indexOf('|');
			return bar < 0 ? new Operator(line, null) : new Operator(line.substring(0, bar), line.substring(bar + 1));
		}).toList();
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	/** A box ticked: a checkbox not sent is {@code null}. */
	static boolean yes(Boolean ticked) {
		return Boolean.TRUE.equals(ticked);
	}

	static <E extends Enum<E>> Set<E> set(Set<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (values != null) {
			set.addAll(values);
		}
		return set;
	}

	private static Map<String, String> parts() {
		Map<String, String> parts = new java.util.HashMap<>();
		for (var part : Map
			.of("funding", AidFunding.class, "criteria", AidConditions.class, "procedure", Procedure.class, "period",
					Period.class)
			.entrySet()) {
			for (var component : part.getValue().getRecordComponents()) {
				parts.put(component.getName(), part.getKey() + "." + component.getName());
			}
		}
		return Map.copyOf(parts);
	}

}
