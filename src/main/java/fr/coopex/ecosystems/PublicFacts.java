package fr.coopex.ecosystems;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.ecosystems.EcosystemEvents.CharterPublished;
import fr.coopex.ecosystems.EcosystemEvents.CoordinatorAdded;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;

/**
 * What an ecosystem's page shows alike to everyone (its summary and member count, its
 * charter, its coordinators' names, the coordination body), kept in memory: the page is
 * read far more often than these change. An ecosystem's facts are dropped as soon as a
 * change to them commits on this instance, and loaded again at the latest
 * {@link #MAX_AGE} after they were loaded, which bounds how long a change made on another
 * instance takes to show.
 * <p>
 * Only what anyone may read is kept here; how the viewer stands with the ecosystem (and
 * what follows from it) is read on every request.
 */
@Component
class PublicFacts {

	/** How long a change made by another instance may take to appear. */
	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private static final int CAPACITY = 5_000;

	/**
	 * @param thirdPartyBodyName the coordination body's name when a third party
	 * coordinates, else null
	 * @param leaderCompanyId the leader firm, when one leads
	 */
	record Facts(EcosystemSummary summary, String charter, List<String> coordinatorNames, String thirdPartyBodyName,
			Long leaderCompanyId) {
	}

	private record Entry(Facts facts, long loadedAt) {
	}

	private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

	/** Counts the changes seen, so that a load that overlapped a change is not kept. */
	private final AtomicLong changes = new AtomicLong();

	/**
	 * The facts of an ecosystem, loaded by {@code load} when missing or too old.
	 * @param load reads them from the database (throws when there is no such ecosystem)
	 */
	Facts get(long ecosystemId, LongFunction<Facts> load) {
		long now = System.nanoTime();
		Entry entry = this.entries.get(ecosystemId);
		if (entry != null && now - entry.loadedAt() < MAX_AGE.toNanos()) {
			return entry.facts();
		}
		long seen = this.changes.get();
		Facts facts = load.apply(ecosystemId);
		if (this.changes.get() == seen) {
			if (this.entries.size() >= CAPACITY) {
				this.entries.clear();
			}
			this.entries.put(ecosystemId, new Entry(facts, now));
		}
		return facts;
	}

	/**
	 * Forgets an ecosystem's facts (after the change commits, when there is a
	 * transaction).
	 */
	private void forget(long ecosystemId) {
		this.changes.incrementAndGet();
		this.entries.remove(ecosystemId);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(EcosystemDescribed event) {
		forget(event.ecosystemId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CharterPublished event) {
		forget(event.ecosystemId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CoordinatorAdded event) {
		forget(event.ecosystemId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MembershipApproved event) {
		forget(event.ecosystemId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MembershipEnded event) {
		forget(event.ecosystemId());
	}

}
