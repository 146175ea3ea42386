package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;

/**
 * Builds the coopetition map of an ecosystem for its members and coordinators. The map
 * uses only public and ecosystem-level fields, which every member and coordinator may
 * see, so one map serves them all. It is rebuilt as soon as a member joins, leaves or
 * edits its profile on this instance (once the change commits), and at the latest
 * {@link #KEEP} after it was built, which bounds how long a change made on another
 * instance takes to show. A rebuilt roster equal to the one it replaces is not kept, so
 * that what was rendered from the old one stays valid.
 */
@Service
public class CoopetitionMaps {

	static final Duration KEEP = Duration.ofSeconds(5);

	/**
	 * The members of an ecosystem as its members and coordinators see them (public and
	 * ecosystem-level fields), and their coopetition map.
	 */
	public record Roster(java.util.List<EcosystemDetail.Member> members, CoopetitionMap map) {
	}

	private record Entry(Roster roster, long memberCount, Instant builtAt, AtomicBoolean rebuilding) {

		Entry(Roster roster, long memberCount, Instant builtAt) {
			this(roster, memberCount, builtAt, new AtomicBoolean());
		}

	}

	private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

	/** Counts the changes seen, so that a roster built across a change is not kept. */
	private final AtomicLong changes = new AtomicLong();

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
		boolean old = entry != null && entry.builtAt().plus(KEEP).isBefore(now);
		// one request rebuilds a roster that is only old, while the others still get it
		if (entry == null || entry.memberCount() != count || (old && entry.rebuilding().compareAndSet(false, true))) {
			long seen = this.changes.get();
			Roster built;
			try {
				built = build(ecosystemId);
			}
			catch (RuntimeException ex) {
				if (entry != null) {
					entry.rebuilding().set(false);
				}
				throw ex;
			}
			if (entry != null && entry.roster().equals(built)) {
				built = entry.roster();
			}
			entry = new Entry(built, count, now);
			if (this.changes.get() == seen) {
				this.cache.put(ecosystemId, entry);
			}
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

	/**
	 * Forgets the rosters of {@code ecosystemId} (or all, when null) now and once the
	 * running transaction commits: a roster built in between from what was not committed
	 * yet is not kept.
	 */
	private void changed(Long ecosystemId) {
		forget(ecosystemId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget(ecosystemId);
				}
			});
		}
	}

	private void forget(Long ecosystemId) {
		this.changes.incrementAndGet();
		if (ecosystemId == null) {
			this.cache.clear();
		}
		else {
			this.cache.remove(ecosystemId);
		}
	}

	@EventListener
	void on(CompanyProfileUpdated event) {
		changed(null);
	}

	@EventListener
	void on(MembershipApproved event) {
		changed(event.ecosystemId());
	}

	@EventListener
	void on(MembershipEnded event) {
		changed(event.ecosystemId());
	}

}
