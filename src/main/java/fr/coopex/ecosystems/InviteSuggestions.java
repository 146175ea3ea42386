package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.PartnerSearch;
import fr.coopex.ecosystems.Coopetition.Facts;
import fr.coopex.ecosystems.Coopetition.Fit;
import fr.coopex.ecosystems.Coopetition.Reason;
import fr.coopex.ecosystems.Suggestions.ForCoordinator;
import fr.coopex.ecosystems.Suggestions.Invitee;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * Companies a coordinator could invite into an ecosystem: not in it yet, aiming at one of
 * its markets, and complementary to at least one member (a targeted market in common, or
 * an activity that fits with the member's, see {@link ActivityFits}); those with both
 * kinds of complementarity first, then ranked by the members they complement, less those
 * they would compete with, and whether they work in the ecosystem's regions (the
 * coordination body's scope, or else its members' regions). Only what the coordinator may
 * see of each company counts. Cached with the member suggestions
 * ({@link PartnerSuggestions} evicts them).
 */
@Service
public class InviteSuggestions {

	/** Companies suggested at most. */
	static final int INVITEES = 20;

	private final EcosystemManagement ecosystems;

	private final MembershipReads reads;

	private final CompanyManagement companies;

	private final PartnerSearch search;

	private final NamedParameterJdbcTemplate jdbc;

	private final ActivityFits fits;

	InviteSuggestions(EcosystemManagement ecosystems, MembershipReads reads, CompanyManagement companies,
			PartnerSearch search, NamedParameterJdbcTemplate jdbc, ActivityFits fits) {
		this.ecosystems = ecosystems;
		this.reads = reads;
		this.companies = companies;
		this.search = search;
		this.jdbc = jdbc;
		this.fits = fits;
	}

	/**
	 * The companies to invite into the ecosystem.
	 * @throws AccessDeniedException when the viewer does not coordinate it
	 */
	@Cacheable(cacheNames = CacheConfiguration.PARTNER_SUGGESTIONS,
			key = "'invite:' + #viewer.id() + ':' + #ecosystemId", sync = true)
	public ForCoordinator forCoordinator(CoopexUser viewer, long ecosystemId) {
		EcosystemDetail detail = this.ecosystems.detail(viewer, ecosystemId);
		if (!detail.isCoordinator()) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
		Map<Long, CompanyCard> members = this.companies
			.cardsAtEcosystemLevel(this.reads.activeRoles(ecosystemId).keySet());
		List<Facts> memberFacts = members.values().stream().map(Facts::of).toList();
		Set<String> markets = new HashSet<>(detail.summary().markets());
		if (markets.isEmpty()) {
			members.values().forEach((card) -> markets.addAll(card.marketsTargeted()));
		}
		Set<String> regions = new HashSet<>();
		if (detail.coordinationBodyScope() != null && !detail.coordinationBodyScope().isEmpty()) {
			regions.addAll(detail.coordinationBodyScope().regions());
		}
		else {
			members.values().stream().filter((c) -> c.region() != null).forEach((c) -> regions.add(c.region().name()));
		}
		boolean national = detail.coordinationBodyScope() != null && detail.coordinationBodyScope().national();
		Set<Long> excluded = new HashSet<>(
				this.jdbc.queryForList(
						"select company_id from ecosystem_membership where ecosystem_id = :id"
								+ " and status in ('ACTIVE', 'REQUESTED', 'INVITED')",
						Map.of("id", ecosystemId), Long.class));
		List<Long> ids = this.search.candidates(viewer, markets, excluded, PartnerSuggestions.CANDIDATES);
		List<Invitee> invitees = new ArrayList<>();
		ActivityFits.Fits fitting = this.fits.fits();
		for (CompanyCard card : this.companies.cards(viewer, ids).values()) {
			Invitee invitee = weigh(card, members, memberFacts, markets, national, regions, fitting);
			if (invitee != null) {
				invitees.add(invitee);
			}
		}
		invitees.sort(Comparator.comparingInt(Invitee::complementarities)
			.reversed()
			.thenComparing(Comparator.comparingInt(Invitee::score).reversed())
			.thenComparing((i) -> i.company().displayName(), String.CASE_INSENSITIVE_ORDER));
		return new ForCoordinator(detail.summary(),
				List.copyOf(invitees.subList(0, Math.min(INVITEES, invitees.size()))));
	}

	private static Invitee weigh(CompanyCard card, Map<Long, CompanyCard> members, List<Facts> memberFacts,
			Set<String> markets, boolean national, Set<String> regions, ActivityFits.Fits fitting) {
		Set<String> aimed = Coopetition.intersection(card.markets(), markets);
		if (aimed.isEmpty()) {
			return null;
		}
		Facts facts = Facts.of(card);
		List<String> complements = new ArrayList<>();
		List<String> competitors = new ArrayList<>();
		Map<String, Fit> fits = new TreeMap<>();
		boolean sharedTarget = false;
		for (Facts member : memberFacts) {
			Reason reason = Coopetition.between(member, facts, fitting);
			if (reason != null) {
				(reason.competing() ? competitors : complements).add(members.get(member.companyId()).displayName());
				if (!reason.competing()) {
					sharedTarget |= !reason.markets().isEmpty();
					if (reason.fit() != null) {
						fits.putIfAbsent(reason.fit().mine(), reason.fit());
					}
				}
			}
		}
		if (complements.isEmpty()) {
			return null;
		}
		boolean inRegion = card.region() != null && (national || regions.contains(card.region().name()));
		int score = 10 * complements.size() - 4 * competitors.size() + 2 * aimed.size() + (inRegion ? 6 : 0);
		complements.sort(String.CASE_INSENSITIVE_ORDER);
		competitors.sort(String.CASE_INSENSITIVE_ORDER);
		return new Invitee(card, List.copyOf(complements), List.copyOf(competitors), aimed, inRegion, score,
				List.copyOf(fits.values()), (sharedTarget ? 1 : 0) + (fits.isEmpty() ? 0 : 1));
	}

}
