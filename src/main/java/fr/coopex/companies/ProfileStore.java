package fr.coopex.companies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.shared.config.CacheConfiguration;

/**
 * Company profiles cached between requests
 * ({@value CacheConfiguration#COMPANY_PROFILES}), always checked against the database:
 * each read asks the stored version of the profiles it needs (one indexed query), and
 * reloads those that changed, wherever they were changed. A directory page therefore
 * costs one small query instead of loading twenty profiles and their collections.
 */
@Component
class ProfileStore {

	private final Cache profiles;

	private final CompanyProfiles repository;

	private final NamedParameterJdbcTemplate jdbc;

	private final NafCatalogue naf;

	/** Loads the profiles that changed, with their collections, in one query. */
	private final TransactionTemplate readOnly;

	ProfileStore(CompanyProfiles repository, NamedParameterJdbcTemplate jdbc, NafCatalogue naf,
			PlatformTransactionManager transactions, CacheManager caches) {
		this.profiles = caches.getCache(CacheConfiguration.COMPANY_PROFILES);
		this.repository = repository;
		this.jdbc = jdbc;
		this.naf = naf;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The current stored profiles of these companies (those that exist). Needs no
	 * transaction: the versions are read with one query, and the profiles that changed
	 * are loaded in a transaction (the caller's, if any).
	 */
	Map<Long, StoredProfile> get(Collection<Long> companyIds) {
		if (companyIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> versions = new HashMap<>();
		this.jdbc.query("select company_id, version from company_profile where company_id in (:ids)",
				Map.of("ids", companyIds), (rs) -> {
					versions.put(rs.getLong(1), rs.getLong(2));
				});
		Map<Long, StoredProfile> found = new HashMap<>();
		List<Long> stale = new ArrayList<>();
		versions.forEach((id, version) -> {
			StoredProfile stored = this.profiles.get(id, StoredProfile.class);
			if (stored != null && stored.version() == version) {
				found.put(id, stored);
			}
			else {
				stale.add(id);
			}
		});
		if (!stale.isEmpty()) {
			List<StoredProfile> loaded = this.readOnly.execute((status) -> this.repository.findWithCollections(stale)
				.stream()
				.map((profile) -> StoredProfile.of(profile, this.naf))
				.toList());
			for (StoredProfile stored : loaded) {
				long id = stored.all().companyId();
				this.profiles.put(id, stored);
				found.put(id, stored);
			}
		}
		return found;
	}

}
