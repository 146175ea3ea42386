package fr.coopex.companies;

import java.util.Set;

/**
 * What one company lends to the agencies' statistics: only the fields it shows beyond its
 * own people, or every field when it agreed to be counted ({@link StatisticsConsent}); a
 * field it keeps private is null (an empty set for lists). No name, no identifier: the
 * observatory counts, it never shows a company.
 *
 * @param region where it is registered (null when not shared)
 * @param headcount its headcount band
 * @param turnover its turnover band
 * @param nafDivision the first two digits of its NAF code
 * @param innovative whether it says it innovates
 * @param exportSituation its export situation
 * @param exportShare the share of turnover exported, in percent
 * @param exportStaff how many people work on exports
 * @param marketsServed market codes served (countries, or zones {@code Z-…})
 * @param marketsTargeted market codes targeted
 * @param obstacles what holds it back from exporting (null when not shared)
 * @param reticences why it hesitates to cooperate (null when not shared)
 * @param ecosystemMember whether it is an active member of some ecosystem (null when the
 * observatory did not ask)
 */
public record StatisticalProfile(Region region, HeadcountBand headcount, TurnoverBand turnover, String nafDivision,
		Boolean innovative, ExportSituation exportSituation, Integer exportShare, Integer exportStaff,
		Set<String> marketsServed, Set<String> marketsTargeted, Set<Obstacle> obstacles, Set<Reticence> reticences,
		Boolean ecosystemMember) {

	public StatisticalProfile {
		marketsServed = (marketsServed == null) ? Set.of() : Set.copyOf(marketsServed);
		marketsTargeted = (marketsTargeted == null) ? Set.of() : Set.copyOf(marketsTargeted);
		obstacles = (obstacles == null) ? null : Set.copyOf(obstacles);
		reticences = (reticences == null) ? null : Set.copyOf(reticences);
	}

}
