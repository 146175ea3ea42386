package fr.coopex.companies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Company profiles kept in memory between requests, always checked against the database:
 * each read asks the stored version of the profiles it needs (one indexed query), and
 * reloads those that changed, wherever they were changed. A directory page therefore
 * costs one small query instead of loading twenty profiles and their collections.
 */
@Component
class ProfileStore {

	/** Beyond this many profiles the store starts again from empty. */
	private static final int CAPACITY = 50_000;

	private final Map<Long, StoredProfile> profiles = new ConcurrentHashMap<>();

	private final CompanyProfiles repository;

	private final NamedParameterJdbcTemplate jdbc;

	private final NafCatalogue naf;

	/** Loads the profiles that changed (their collections are read lazily). */
	private final TransactionTemplate readOnly;

	ProfileStore(CompanyProfiles repository, NamedParameterJdbcTemplate jdbc, NafCatalogue naf,
			PlatformTransactionManager transactions) {
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
			StoredProfile stored = this.profiles.get(id);
			if (stored != null && stored.version() == version) {
				found.put(id, stored);
			}
			else {
				stale.add(id);
			}
		});
		if (!stale.isEmpty()) {
			if (this.profiles.size() + stale.size() > CAPACITY) {
				this.profiles.clear();
			}
			List<StoredProfile> loaded = this.readOnly.execute((status) -> this.repository.findAllById(stale)
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
