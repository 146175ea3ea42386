package fr.coopex.shared.config;

import java.time.Duration;
import java.util.List;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every cache of the platform, with its size and how long an entry lives. Services cache
 * data (never rendered HTML) with {@code @Cacheable}, keyed by what the data depends on;
 * the listeners of the events that change the data evict it once the change commits.
 * <p>
 * What another instance may change lives a few seconds ({@link #SHORT}, written
 * {@code expireAfterWrite}), which bounds how long such a change takes to show here;
 * reference data that no one edits lives as long as there is room. Each cache records its
 * statistics, which Micrometer exposes as {@code cache.gets}, {@code cache.puts},
 * {@code cache.evictions} and {@code cache.size} (tag {@code cache}) on
 * {@code /actuator/metrics}. A name not declared here is refused: no cache grows
 * unbounded by mistake.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

	/** How long data that another instance may change is kept. */
	public static final Duration SHORT = Duration.ofSeconds(5);

	/** Markets (zones, then countries) by language: reference data. */
	public static final String MARKETS = "markets";

	/** Every country (France included) by language, for the fairs: reference data. */
	public static final String COUNTRIES = "countries";

	/** Company profiles as stored, by company id, each checked against its version. */
	public static final String COMPANY_PROFILES = "company-profiles";

	/** The companies whose ecosystem-level fields a person may see, by person id. */
	public static final String NEIGHBOURS = "ecosystem-neighbours";

	/** What an ecosystem's page shows alike to everyone, by ecosystem id. */
	public static final String ECOSYSTEM_FACTS = "ecosystem-facts";

	/** The members and coopetition map of an ecosystem, by ecosystem id. */
	public static final String ECOSYSTEM_ROSTERS = "ecosystem-rosters";

	/** The facts of a company that aid eligibility needs, by company id. */
	public static final String COMPANY_FACTS = "aid-company-facts";

	/** The verdicts of every aid for a company's facts, by facts, year and revision. */
	public static final String AID_VERDICTS = "aid-verdicts";

	/**
	 * The home page's best eligible aids for a company's facts, by facts, year and
	 * revision.
	 */
	public static final String AID_BEST_ELIGIBLE = "aid-best-eligible";

	/** The catalogue's searches without verdicts, by criteria, revision and day. */
	public static final String AID_SEARCHES = "aid-searches";

	/** How many notifications a person has not read, by person id. */
	public static final String UNREAD_NOTIFICATIONS = "unread-notifications";

	/** Signed-in security contexts by their stored bytes (Spring Session). */
	public static final String SECURITY_CONTEXTS = "security-contexts";

	/** The fair calendar's version (one entry), for its 304 answers. */
	public static final String FAIR_CALENDAR_VERSION = "fair-calendar-version";

	/** Static files resolved by the resource chain, by request path. */
	public static final String WEB_RESOURCES = "web-resources";

	/**
	 * What a pool shows its managers, by pool id, stamped with the pool's version and
	 * checked against it on every read (ledger).
	 */
	public static final String LEDGER_POOL_CONTENTS = "ledger-pool-contents";

	/** Statement PDFs, by everything they show (ledger). */
	public static final String LEDGER_STATEMENT_PDFS = "ledger-statement-pdfs";

	/** The public registry of labels (one entry), evicted when an application changes. */
	public static final String LABEL_REGISTRY = "label-registry";

	/**
	 * The observatory's reports, by territory and size class: statistics recomputed at
	 * most hourly.
	 */
	public static final String OBSERVATORY = "observatory-reports";

	/**
	 * Partner suggestions, by person (and ecosystem for a coordinator's invitations).
	 */
	public static final String PARTNER_SUGGESTIONS = "partner-suggestions";

	/**
	 * The activities (NAF classes) that fit together, observed across the platform (one
	 * entry): recomputed at most hourly, evicted by membership, profile and suggestion
	 * setting changes on this instance.
	 */
	public static final String ACTIVITY_FITS = "activity-fits";

	/**
	 * Where each organisation acts (national, regions), read on every page of the
	 * observatory and of an agency: evicted by an admin's change on this instance,
	 * short-lived for the others.
	 */
	public static final String ORGANISATION_SCOPES = "organisation-scopes";

	@Bean
	CacheManager cacheManager() {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		// no cache made on the fly for an unknown name: each is declared in CacheSpec
		manager.setCacheNames(List.of());
		for (CacheSpec spec : CacheSpec.ALL) {
			manager.registerCustomCache(spec.name(), spec.builder().build());
		}
		return manager;
	}

}
