package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;

/**
 * Builds the coopetition map of an ecosystem for its members and coordinators. The map
 * uses only public and ecosystem-level fields, which every member and coordinator may
 * see, so one map serves them all; it is kept for a minute, and rebuilt at once when a
 * member joins, leaves or edits its profile on this instance.
 */
@Service
public class CoopetitionMaps {

	private static final Duration KEEP = Duration.ofMinutes(1);

	/**
	 * The members of an ecosystem as its members and coordinators see them (public and
	 * ecosystem-level fields), and their coopetition map.
	 */
	public record Roster(java.util.List<EcosystemDetail.Member> members, CoopetitionMap map) {
	}

	private record Entry(Roster roster, long memberCount, Instant builtAt) {
	}

	private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

	private final EcosystemManagement ecosystems;

	private final CompanyManagement companies;

	private final Clock clock;

	CoopetitionMaps(EcosystemManagement ecosystems, CompanyManagement companies, Clock clock) {
		this.ecosystems = ecosystems;
		this.companies = companies;
		this.clock = clock;
	}

	/**
	 * The roster and map of the ecosystem of a page its viewer may see them on (the
	 * ecosystem's page as {@link EcosystemManagement#detail} built it for that viewer).
	 * @throws EcosystemManagement.EcosystemNotFoundException when the viewer is neither a
	 * member nor a coordinator
	 */
	public Roster of(EcosystemDetail page) {
		if (!page.canSeeMembers()) {
			throw new EcosystemManagement.EcosystemNotFoundException();
		}
		return roster(page.summary().id(), page.summary().memberCount());
	}

	private Roster roster(long ecosystemId, long count) {
		Instant now = this.clock.instant();
		Entry entry = this.cache.get(ecosystemId);
		if (entry == null || entry.builtAt().plus(KEEP).isBefore(now) || entry.memberCount() != count) {
			entry = new Entry(build(ecosystemId), count, now);
			this.cache.put(ecosystemId, entry);
		}
		return entry.roster();
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
		return new Roster(members, CoopetitionMap.of(cards.values()));
	}

	@EventListener
	void on(CompanyProfileUpdated event) {
		this.cache.clear();
	}

	@EventListener
	void on(MembershipApproved event) {
		this.cache.remove(event.ecosystemId());
	}

	@EventListener
	void on(MembershipEnded event) {
		this.cache.remove(event.ecosystemId());
	}

}
