package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.PartnerSearch;
import fr.coopex.companies.PartnerSearch.SuggestionSettingChanged;
import fr.coopex.ecosystems.Coopetition.Facts;
import fr.coopex.ecosystems.Coopetition.Reason;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.ecosystems.Suggestions.ForMember;
import fr.coopex.ecosystems.Suggestions.Partner;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Whom a member firm could cooperate with, across the platform: companies whose visible
 * fields show a different activity aiming at a market of the firm, or an activity that
 * fits with the firm's ({@link ActivityFits}) (complements, first: those with both
 * reasons before those with one), and its competitors, apart. Candidates are the
 * companies of the firm's markets (a bounded, indexed read, see {@link PartnerSearch}),
 * outside the ecosystems it is already in, as the firm sees them: a field a company keeps
 * from the firm never weighs in. Cached ({@value CacheConfiguration#PARTNER_SUGGESTIONS})
 * by person, evicted when a profile, a membership or a company's choice to be suggested
 * changes on this instance, and kept {@link CacheConfiguration#SHORT} at most.
 */
@Service
public class PartnerSuggestions {

	/** Candidates compared at most. */
	static final int CANDIDATES = 300;

	/** Complementary firms shown at most. */
	static final int COMPLEMENTS = 20;

	/** Competitors shown at most. */
	static final int COMPETITORS = 10;

	/** Ecosystems suggested at most. */
	static final int ECOSYSTEMS = 5;

	private final CompanyManagement companies;

	private final PartnerSearch search;

	private final MembershipReads reads;

	private final EcosystemsToJoin ecosystemsToJoin;

	private final ActivityFits fits;

	PartnerSuggestions(CompanyManagement companies, PartnerSearch search, MembershipReads reads,
			EcosystemsToJoin ecosystemsToJoin, ActivityFits fits) {
		this.companies = companies;
		this.search = search;
		this.reads = reads;
		this.ecosystemsToJoin = ecosystemsToJoin;
		this.fits = fits;
	}

	/**
	 * The suggestions for the member's firm.
	 * @throws AccessDeniedException for anyone but a company's people
	 */
	@Cacheable(cacheNames = CacheConfiguration.PARTNER_SUGGESTIONS, key = "'member:' + #viewer.id()", sync = true)
	public ForMember forMember(CoopexUser viewer) {
		if (viewer.role() != Role.MEMBER) {
			throw new AccessDeniedException("Suggestions are for member firms");
		}
		CompanyCard own = this.companies.ownProfile(viewer);
		Facts mine = Facts.of(own);
		Set<Long> excluded = new HashSet<>(this.reads.neighbours(viewer));
		excluded.add(own.companyId());
		List<Long> ids = this.search.candidates(viewer, own.markets(), excluded, CANDIDATES);
		List<Partner> complements = new ArrayList<>();
		List<Partner> competitors = new ArrayList<>();
		ActivityFits.Fits fitting = this.fits.fits();
		for (CompanyCard card : this.companies.cards(viewer, ids).values()) {
			Reason reason = Coopetition.between(mine, Facts.of(card), fitting);
			if (reason != null) {
				boolean sameRegion = own.region() != null && own.region() == card.region();
				int score = 10 * reason.markets().size() + (reason.fit() != null ? 10 : 0)
						+ 3 * reason.keywords().size() + (sameRegion ? 4 : 0);
				(reason.competing() ? competitors : complements).add(new Partner(card, reason, sameRegion, score));
			}
		}
		Comparator<Partner> ranking = Comparator.comparingInt(Partner::score)
			.reversed()
			.thenComparing((p) -> p.company().displayName(), String.CASE_INSENSITIVE_ORDER);
		// a firm with both reasons to complement (a market, a fitting activity) comes
		// first
		complements.sort(Comparator.comparingInt((Partner p) -> p.reason().complementarities())
			.reversed()
			.thenComparing(ranking));
		competitors.sort(ranking);
		List<Partner> shown = complements.subList(0, Math.min(COMPLEMENTS, complements.size()));
		return new ForMember(List.copyOf(shown),
				List.copyOf(competitors.subList(0, Math.min(COMPETITORS, competitors.size()))),
				this.ecosystemsToJoin.of(own.companyId(), shown), !own.markets().isEmpty());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.PARTNER_SUGGESTIONS, allEntries = true)
	public void on(CompanyProfileUpdated event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.PARTNER_SUGGESTIONS, allEntries = true)
	public void on(SuggestionSettingChanged event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.PARTNER_SUGGESTIONS, allEntries = true)
	public void on(MembershipApproved event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.PARTNER_SUGGESTIONS, allEntries = true)
	public void on(MembershipEnded event) {
	}

}
