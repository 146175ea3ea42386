package fr.coopex.ecosystems;

import java.util.List;
import java.util.function.LongFunction;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.accounts.OrganisationEvents.OrganisationScopeChanged;
import fr.coopex.accounts.Scope;
import fr.coopex.ecosystems.EcosystemEvents.CharterPublished;
import fr.coopex.ecosystems.EcosystemEvents.CoordinatorAdded;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * What an ecosystem's page shows alike to everyone (its summary and member count, its
 * charter, its coordinators' names, the coordination body), cached
 * ({@value CacheConfiguration#ECOSYSTEM_FACTS}): the page is read far more often than
 * these change. An ecosystem's facts are evicted as soon as a change to them commits on
 * this instance, and live {@link CacheConfiguration#SHORT} at most, which bounds how long
 * a change made on another instance takes to show.
 * <p>
 * Only what anyone may read is cached here; how the viewer stands with the ecosystem (and
 * what follows from it) is read on every request.
 */
@Component
class PublicFacts {

	/**
	 * @param thirdPartyBodyName the coordination body's name when a third party
	 * coordinates, else null
	 * @param thirdPartyBodyScope where that body acts (its regions, or national), else
	 * null
	 * @param leaderCompanyId the leader firm, when one leads
	 */
	record Facts(EcosystemSummary summary, String charter, List<String> coordinatorNames, String thirdPartyBodyName,
			Scope thirdPartyBodyScope, Long leaderCompanyId) {
	}

	/**
	 * The facts of an ecosystem, loaded by {@code load} when not cached.
	 * @param load reads them from the database (throws when there is no such ecosystem)
	 */
	@Cacheable(cacheNames = CacheConfiguration.ECOSYSTEM_FACTS, key = "#ecosystemId", sync = true)
	public Facts get(long ecosystemId, LongFunction<Facts> load) {
		return load.apply(ecosystemId);
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_FACTS, key = "#event.ecosystemId()")
	public void on(EcosystemDescribed event) {
	}

	/** A coordination body's scope is shown on the ecosystems it coordinates. */
	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_FACTS, allEntries = true)
	public void on(OrganisationScopeChanged event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_FACTS, key = "#event.ecosystemId()")
	public void on(CharterPublished event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_FACTS, key = "#event.ecosystemId()")
	public void on(CoordinatorAdded event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_FACTS, key = "#event.ecosystemId()")
	public void on(MembershipApproved event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_FACTS, key = "#event.ecosystemId()")
	public void on(MembershipEnded event) {
	}

}
