package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.coopex.ecosystems.EcosystemEvents.CoordinatorAdded;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemCreated;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;

/**
 * For each person, the companies whose ecosystem-level fields they may see, asked on
 * every directory page. Kept {@link #KEPT} at most, and forgotten by everyone as soon as
 * a membership, a coordinator or an ecosystem's status (a dissolved ecosystem shares
 * nothing) changes on this instance (after the change commits); a change made through
 * another instance shows within {@link #KEPT}.
 */
@Component
class NeighbourCache {

	static final Duration KEPT = Duration.ofSeconds(5);

	private static final int CAPACITY = 20_000;

	private record Entry(Set<Long> companies, Instant at) {
	}

	private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	NeighbourCache(Clock clock) {
		this.clock = clock;
	}

	Set<Long> get(long userId, Supplier<Set<Long>> compute) {
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(userId);
		if (entry != null && entry.at().plus(KEPT).isAfter(now)) {
			return entry.companies();
		}
		Set<Long> companies = Set.copyOf(compute.get());
		if (this.entries.size() >= CAPACITY) {
			this.entries.clear();
		}
		this.entries.put(userId, new Entry(companies, now));
		return companies;
	}

	private void changed() {
		this.entries.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					NeighbourCache.this.entries.clear();
				}
			});
		}
	}

	@EventListener
	void on(MembershipApproved event) {
		changed();
	}

	@EventListener
	void on(MembershipEnded event) {
		changed();
	}

	@EventListener
	void on(EcosystemCreated event) {
		changed();
	}

	@EventListener
	void on(CoordinatorAdded event) {
		changed();
	}

	/** The status may have changed: a dissolved ecosystem no longer makes neighbours. */
	@EventListener
	void on(EcosystemDescribed event) {
		changed();
	}

}
