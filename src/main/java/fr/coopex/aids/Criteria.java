package fr.coopex.aids;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;

/**
 * The eligibility rules of an aid, as data: {@link Eligibility} evaluates them against a
 * company's profile. {@code null} or {@code false} means the aid sets no such condition.
 *
 * @param maxHeadcount firms must employ fewer than this many people (thresholds in French
 * and EU law are strict: an SME has fewer than 250)
 * @param maxTurnover firms must have a turnover of at most this many euros
 * @param maxSize the largest size category accepted (an aid for SMEs accepts micro-firms)
 * @param minAgeYears firms must have been founded at least this many years ago
 * @param independentOnly only firms that do not belong to a group
 * @param innovativeOnly only innovative firms
 * @param clusterMembersOnly only members of a competitiveness cluster (pôle de
 * compétitivité)
 * @param firstTimeExportersOnly only firms that have never exported
 * @param groupingsOnly only groupings of firms, not a firm alone
 * @param nafSections the NAF sections (A to U) accepted; empty: every activity
 * @param regions the regions where the firm must be; empty: anywhere
 * @param exportSituations the export situations accepted; empty: any
 */
public record Criteria(Integer maxHeadcount, Long maxTurnover, CompanySize maxSize, Integer minAgeYears,
		boolean independentOnly, boolean innovativeOnly, boolean clusterMembersOnly, boolean firstTimeExportersOnly,
		boolean groupingsOnly, Set<String> nafSections, Set<Region> regions, Set<ExportSituation> exportSituations) {

	/** No condition at all. */
	public static final Criteria NONE = new Criteria(null, null, null, null, false, false, false, false, false,
			Set.of(), Set.of(), Set.of());

	public Criteria {
		nafSections = Collections.unmodifiableSet(new TreeSet<>(nafSections == null ? Set.of() : nafSections));
		regions = enums(Region.class, regions);
		exportSituations = enums(ExportSituation.class, exportSituations);
	}

	/** Whether the aid sets any structured condition. */
	@JsonIgnore
	public boolean isEmpty() {
		return this.maxHeadcount == null && this.maxTurnover == null && this.maxSize == null && this.minAgeYears == null
				&& !this.independentOnly && !this.innovativeOnly && !this.clusterMembersOnly
				&& !this.firstTimeExportersOnly && !this.groupingsOnly && this.nafSections.isEmpty()
				&& this.regions.isEmpty() && this.exportSituations.isEmpty();
	}

	static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (values != null) {
			set.addAll(values);
		}
		return Collections.unmodifiableSet(set);
	}

}
