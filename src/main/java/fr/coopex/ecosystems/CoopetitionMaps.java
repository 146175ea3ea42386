package fr.coopex.ecosystems;

import java.util.Map;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.web.WrittenViews;

/**
 * Builds the coopetition map of an ecosystem for its members and coordinators. The map
 * uses only public and ecosystem-level fields, which every member and coordinator may
 * see, and the activities that fit together across the platform ({@link ActivityFits},
 * the same for everyone), so one map serves them all: it is cached by ecosystem
 * ({@value CacheConfiguration#ECOSYSTEM_ROSTERS}), evicted as soon as a member joins,
 * leaves or edits its profile on this instance (once the change commits), and kept
 * {@link CacheConfiguration#SHORT} at most, which bounds how long a change made on
 * another instance takes to show.
 */
@Service
public class CoopetitionMaps {

	/**
	 * The members of an ecosystem as its members and coordinators see them (public and
	 * ecosystem-level fields), and their coopetition map.
	 *
	 * @param members the members, leader first, then by name
	 * @param map their coopetition map
	 * @param views what the pages wrote from the map (its words in a reader's language),
	 * kept as long as the roster
	 */
	public record Roster(java.util.List<EcosystemDetail.Member> members, CoopetitionMap map, WrittenViews views) {

		/**
		 * The members listed on the ecosystem's page: all of them up to
		 * {@value CoopetitionMap#COLLAPSE_ABOVE}, the first ones beyond (the members page
		 * lists them all, page by page).
		 */
		public java.util.List<EcosystemDetail.Member> shownMembers() {
			return (this.members.size() <= CoopetitionMap.COLLAPSE_ABOVE) ? this.members
					: this.members.subList(0, CoopetitionMap.COLLAPSE_ABOVE);
		}

		/** How many members the ecosystem's page leaves to the members page. */
		public int hiddenMembers() {
			return this.members.size() - shownMembers().size();
		}

	}

	private final EcosystemManagement ecosystems;

	private final CompanyManagement companies;

	private final ActivityFits fits;

	CoopetitionMaps(EcosystemManagement ecosystems, CompanyManagement companies, ActivityFits fits) {
		this.ecosystems = ecosystems;
		this.companies = companies;
		this.fits = fits;
	}

	/**
	 * The roster and map of the ecosystem of a page its viewer may see them on (the
	 * ecosystem's page as {@link EcosystemManagement#detail} built it for that viewer).
	 * @throws EcosystemManagement.EcosystemNotFoundException when the viewer is neither a
	 * member nor a coordinator
	 */
	@Cacheable(cacheNames = CacheConfiguration.ECOSYSTEM_ROSTERS, key = "#page.summary().id()",
			condition = "#page.canSeeMembers()", sync = true)
	public Roster of(EcosystemDetail page) {
		if (!page.canSeeMembers()) {
			throw new EcosystemManagement.EcosystemNotFoundException();
		}
		return build(page.summary().id());
	}

	/**
	 * The members × members grid of the ecosystem, for its coordinators.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 */
	public CoopetitionMatrix matrix(EcosystemDetail page) {
		if (!page.isCoordinator()) {
			throw new org.springframework.security.access.AccessDeniedException("Not a coordinator");
		}
		return CoopetitionMatrix.of(build(page.summary().id()).map());
	}

	private Roster build(long ecosystemId) {
		Map<Long, MembershipRole> roles = this.ecosystems.activeRoles(ecosystemId);
		var cards = this.companies.cardsAtEcosystemLevel(roles.keySet());
		var members = cards.values()
			.stream()
			.map((card) -> new EcosystemDetail.Member(card.companyId(), card, roles.get(card.companyId())))
			.sorted(java.util.Comparator.comparing((EcosystemDetail.Member m) -> m.role().ordinal())
				.thenComparing((m) -> m.company().displayName(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new Roster(members, CoopetitionMap.of(cards.values(), this.fits.fits()), new WrittenViews());
	}

	/** A company may be in any number of ecosystems: every roster is built again. */
	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_ROSTERS, allEntries = true)
	public void on(CompanyProfileUpdated event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_ROSTERS, key = "#event.ecosystemId()")
	public void on(MembershipApproved event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_ROSTERS, key = "#event.ecosystemId()")
	public void on(MembershipEnded event) {
	}

}
