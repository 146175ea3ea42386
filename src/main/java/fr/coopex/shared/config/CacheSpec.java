package fr.coopex.shared.config;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;

import static fr.coopex.shared.config.CacheConfiguration.ACTIVITY_FITS;
import static fr.coopex.shared.config.CacheConfiguration.AID_BEST_ELIGIBLE;
import static fr.coopex.shared.config.CacheConfiguration.AID_SEARCHES;
import static fr.coopex.shared.config.CacheConfiguration.AID_VERDICTS;
import static fr.coopex.shared.config.CacheConfiguration.COMPANY_FACTS;
import static fr.coopex.shared.config.CacheConfiguration.COMPANY_PROFILES;
import static fr.coopex.shared.config.CacheConfiguration.COUNTRIES;
import static fr.coopex.shared.config.CacheConfiguration.ECOSYSTEM_FACTS;
import static fr.coopex.shared.config.CacheConfiguration.ECOSYSTEM_ROSTERS;
import static fr.coopex.shared.config.CacheConfiguration.FAIR_CALENDAR_VERSION;
import static fr.coopex.shared.config.CacheConfiguration.LABEL_REGISTRY;
import static fr.coopex.shared.config.CacheConfiguration.LEDGER_POOL_CONTENTS;
import static fr.coopex.shared.config.CacheConfiguration.LEDGER_STATEMENT_PDFS;
import static fr.coopex.shared.config.CacheConfiguration.MARKETS;
import static fr.coopex.shared.config.CacheConfiguration.NEIGHBOURS;
import static fr.coopex.shared.config.CacheConfiguration.OBSERVATORY;
import static fr.coopex.shared.config.CacheConfiguration.ORGANISATION_SCOPES;
import static fr.coopex.shared.config.CacheConfiguration.PARTNER_SUGGESTIONS;
import static fr.coopex.shared.config.CacheConfiguration.SECURITY_CONTEXTS;
import static fr.coopex.shared.config.CacheConfiguration.SHORT;
import static fr.coopex.shared.config.CacheConfiguration.UNREAD_NOTIFICATIONS;
import static fr.coopex.shared.config.CacheConfiguration.WEB_RESOURCES;

/**
 * A named cache of {@link CacheConfiguration}: its name, its maximum size and how long an
 * entry lives.
 */
record CacheSpec(String name, long maximumSize, Duration expireAfterWrite, Duration expireAfterAccess) {

	/** Every cache of the platform. */
	static final List<CacheSpec> ALL = List.of(kept(MARKETS, 8), kept(COUNTRIES, 8),
			// version-checked on every read, so as fresh as the database
			whileUsed(COMPANY_PROFILES, 50_000, Duration.ofHours(1)), forAWhile(NEIGHBOURS, 20_000, SHORT),
			forAWhile(ECOSYSTEM_FACTS, 5_000, SHORT), forAWhile(ECOSYSTEM_ROSTERS, 2_000, SHORT),
			forAWhile(FAIR_CALENDAR_VERSION, 1, SHORT), forAWhile(COMPANY_FACTS, 10_000, Duration.ofSeconds(15)),
			// keyed by the catalogue's revision: never out of date, dropped when unused
			whileUsed(AID_VERDICTS, 1_024, Duration.ofMinutes(10)),
			whileUsed(AID_BEST_ELIGIBLE, 4_096, Duration.ofMinutes(10)),
			whileUsed(AID_SEARCHES, 10_000, Duration.ofMinutes(10)),
			forAWhile(UNREAD_NOTIFICATIONS, 20_000, Duration.ofSeconds(15)),
			whileUsed(SECURITY_CONTEXTS, 2_000, Duration.ofMinutes(30)), kept(WEB_RESOURCES, 2_000),
			// ledger: version-checked contents; PDFs keyed by all they show, never stale
			whileUsed(LEDGER_POOL_CONTENTS, 2_000, Duration.ofMinutes(30)),
			whileUsed(LEDGER_STATEMENT_PDFS, 500, Duration.ofMinutes(30)),
			// labels: evicted by their changes on this instance, short-lived for the
			// others
			forAWhile(LABEL_REGISTRY, 1, SHORT),
			// observatory: figures an hour old at most, by territory and size class
			forAWhile(OBSERVATORY, 200, Duration.ofHours(1)),
			// suggestions: evicted by profile, membership and setting changes on this
			// instance; a change made elsewhere (a market made private) shows within 15 s
			forAWhile(PARTNER_SUGGESTIONS, 5_000, Duration.ofSeconds(15)),
			// activities that fit together: one platform-wide aggregate, an hour old at
			// most
			forAWhile(ACTIVITY_FITS, 1, Duration.ofHours(1)),
			// where organisations act: evicted by an admin's change on this instance
			forAWhile(ORGANISATION_SCOPES, 2_000, SHORT));

	static CacheSpec kept(String name, long maximumSize) {
		return new CacheSpec(name, maximumSize, null, null);
	}

	static CacheSpec forAWhile(String name, long maximumSize, Duration expireAfterWrite) {
		return new CacheSpec(name, maximumSize, expireAfterWrite, null);
	}

	static CacheSpec whileUsed(String name, long maximumSize, Duration expireAfterAccess) {
		return new CacheSpec(name, maximumSize, null, expireAfterAccess);
	}

	Caffeine<Object, Object> builder() {
		Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(this.maximumSize).recordStats();
		if (this.expireAfterWrite != null) {
			builder.expireAfterWrite(this.expireAfterWrite);
		}
		if (this.expireAfterAccess != null) {
			builder.expireAfterAccess(this.expireAfterAccess);
		}
		return builder;
	}

}
