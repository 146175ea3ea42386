package fr.coopex.ecosystems;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.ecosystems.EcosystemEvents.CoordinatorAdded;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemCreated;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * For each person, the companies whose ecosystem-level fields they may see, asked on
 * every directory page: cached ({@value CacheConfiguration#NEIGHBOURS}) by person, and
 * evicted for everyone as soon as a membership, a coordinator or an ecosystem's status (a
 * dissolved ecosystem shares nothing) changes on this instance (once the change commits);
 * a change made through another instance shows within {@link CacheConfiguration#SHORT}.
 */
@Component
class NeighbourCache {

	/** The companies {@code userId} sees at ecosystem level, computed when not cached. */
	@Cacheable(cacheNames = CacheConfiguration.NEIGHBOURS, key = "#userId", sync = true)
	public Set<Long> get(long userId, Supplier<Set<Long>> compute) {
		return Set.copyOf(compute.get());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.NEIGHBOURS, allEntries = true)
	public void on(MembershipApproved event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.NEIGHBOURS, allEntries = true)
	public void on(MembershipEnded event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.NEIGHBOURS, allEntries = true)
	public void on(EcosystemCreated event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.NEIGHBOURS, allEntries = true)
	public void on(CoordinatorAdded event) {
	}

	/** The status may have changed: a dissolved ecosystem no longer makes neighbours. */
	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.NEIGHBOURS, allEntries = true)
	public void on(EcosystemDescribed event) {
	}

}
