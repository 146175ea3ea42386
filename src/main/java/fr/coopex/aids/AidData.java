package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fr.coopex.shared.web.Text;

/**
 * Everything an agency writes about an aid: what the pages show, the import and export
 * files carry and the API returns. A fact the sources do not give is {@code null} (or an
 * empty list), and the pages say "not specified". Texts are stripped, blank ones become
 * {@code null}; list items are one line each.
 *
 * @param operators who funds, then who delivers or instructs, in that order
 * @param rateMin the lowest share of costs covered, in percent
 * @param rateMax the highest share of costs covered, in percent
 * @param otherConditions conditions that are not structured criteria (exclusions...)
 * @param steps how to apply, step by step
 * @param documents the documents to prepare (the checklist of an application)
 * @param delay the typical delay before an answer
 * @param applyWhere where to apply
 * @param opensOn the first day one may apply
 * @param closesOn the last day one may apply (the deadline)
 * @param sources where the facts come from (addresses, or references)
 * @param lastVerified when the facts were last checked against the sources
 * @param rateBasis what the rates are a share of ("de la caution", "du crédit"), when it
 * is not the costs the aid pays for
 * @param amountUnverified whether the sources say the amounts were not re-verified: the
 * pages, the list and the API say so next to them
 */
public record AidData(String name, String shortName, List<Operator> operators, AidKind kind, String description,
		Set<PaysFor> paysFor, String paysForDetails, BigDecimal amountMin, BigDecimal amountMax, BigDecimal rateMin,
		BigDecimal rateMax, String amountDetails, Criteria criteria, List<String> otherConditions, List<String> steps,
		List<String> documents, String delay, String applyWhere, Recurrence recurrence, LocalDate opensOn,
		LocalDate closesOn, String periodDetails, AidStatus status, boolean european, List<String> sources,
		LocalDate lastVerified, String rateBasis, boolean amountUnverified) {

	/** An aid whose rates are shares of its costs and whose amounts were verified. */
	public AidData(String name, String shortName, List<Operator> operators, AidKind kind, String description,
			Set<PaysFor> paysFor, String paysForDetails, BigDecimal amountMin, BigDecimal amountMax, BigDecimal rateMin,
			BigDecimal rateMax, String amountDetails, Criteria criteria, List<String> otherConditions,
			List<String> steps, List<String> documents, String delay, String applyWhere, Recurrence recurrence,
			LocalDate opensOn, LocalDate closesOn, String periodDetails, AidStatus status, boolean european,
			List<String> sources, LocalDate lastVerified) {
		this(name, shortName, operators, kind, description, paysFor, paysForDetails, amountMin, amountMax, rateMin,
				rateMax, amountDetails, criteria, otherConditions, steps, documents, delay, applyWhere, recurrence,
				opensOn, closesOn, periodDetails, status, european, sources, lastVerified, null, false);
	}

	public AidData {
		name = Text.clean(name);
		shortName = Text.clean(shortName);
		operators = operators == null ? List.of()
				: operators.stream().filter(Objects::nonNull).filter((o) -> o.name() != null).toList();
		description = Text.clean(description);
		paysFor = Criteria.enums(PaysFor.class, paysFor);
		paysForDetails = Text.clean(paysForDetails);
		amountMin = money(amountMin);
		amountMax = money(amountMax);
		rateMin = money(rateMin);
		rateMax = money(rateMax);
		amountDetails = Text.clean(amountDetails);
		criteria = criteria == null ? Criteria.NONE : criteria;
		otherConditions = lines(otherConditions);
		steps = lines(steps);
		documents = lines(documents);
		delay = Text.clean(delay);
		applyWhere = Text.clean(applyWhere);
		periodDetails = Text.clean(periodDetails);
		sources = lines(sources);
		rateBasis = Text.clean(rateBasis);
	}

	/** The name to show in lists: the short name when there is one. */
	@JsonIgnore
	public String displayName() {
		return this.shortName != null ? this.shortName : this.name;
	}

	/**
	 * Whether the aid serves groupings of firms or collective actions, such as the
	 * "Groupement à l’export": shown to ecosystem coordinators.
	 */
	@JsonIgnore
	public boolean isForGroupings() {
		return this.criteria.groupingsOnly() || this.kind == AidKind.COLLECTIVE_ACTION;
	}

	/** Who funds or runs the aid, in order (their names only). */
	@JsonIgnore
	public List<String> operatorNames() {
		return this.operators.stream().map(Operator::name).toList();
	}

	/**
	 * Whether firms can no longer apply: closed or historical. Such an aid never says a
	 * company is eligible, and is not suggested to it.
	 */
	@JsonIgnore
	public boolean isClosed() {
		return this.status == AidStatus.CLOSED || this.status == AidStatus.HISTORICAL;
	}

	/** Whether any amount or rate is known. */
	@JsonIgnore
	public boolean hasAmount() {
		return this.amountMin != null || this.amountMax != null || this.rateMin != null || this.rateMax != null;
	}

	/** One body that funds or runs an aid, and its part in it. */
	public record Operator(String name, String role) {

		public Operator {
			name = Text.clean(name);
			role = Text.clean(role);
		}

	}

	/** Two decimals, the way money is stored; more decimals are left for validation. */
	private static BigDecimal money(BigDecimal value) {
		return value == null || value.scale() > 2 ? value : value.setScale(2);
	}

	/** One item per line, stripped, without blank lines. */
	static List<String> lines(List<String> items) {
		if (items == null) {
			return List.of();
		}
		return items.stream()
			.filter(Objects::nonNull)
			.flatMap((item) -> item.lines())
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
	}

}
