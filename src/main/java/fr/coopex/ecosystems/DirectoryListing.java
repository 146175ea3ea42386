package fr.coopex.ecosystems;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.ecosystems.EcosystemEvents.CharterPublished;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemCreated;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * Every listed ecosystem (a few hundred bytes each), loaded with four queries and cached
 * ({@value CacheConfiguration#ECOSYSTEM_DIRECTORY}) for {@link EcosystemDirectory}:
 * evicted as soon as an ecosystem changes on this instance (once the change commits), and
 * kept {@link CacheConfiguration#SHORT} at most, which bounds how long a change made on
 * another instance takes to show.
 */
@Component
class DirectoryListing {

	private final JdbcTemplate jdbc;

	DirectoryListing(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Listed(EcosystemSummary summary, String nameSearch) {

		boolean matches(EcosystemDirectory.Query query, String text) {
			return (text == null || this.nameSearch.contains(text))
					&& (query.market() == null || this.summary.markets().contains(query.market()))
					&& (query.sector() == null || this.summary.sectors().contains(query.sector()))
					&& (query.coordination() == null || this.summary.coordination() == query.coordination())
					&& (!query.openOnly() || this.summary.openToMembers());
		}

	}

	/** Every listed ecosystem, by folded name. */
	@Cacheable(cacheNames = CacheConfiguration.ECOSYSTEM_DIRECTORY, key = "'listed'", sync = true)
	public List<Listed> listed() {
		Map<Long, Set<String>> markets = new HashMap<>();
		this.jdbc.query("select ecosystem_id, code from ecosystem_market order by ecosystem_id, code",
				(RowCallbackHandler) (rs) -> markets.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashSet<>())
					.add(rs.getString(2)));
		Map<Long, Set<String>> sectors = new HashMap<>();
		this.jdbc.query("select ecosystem_id, division from ecosystem_sector order by ecosystem_id, division",
				(RowCallbackHandler) (rs) -> sectors.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashSet<>())
					.add(rs.getString(2)));
		Map<Long, Long> members = new HashMap<>();
		this.jdbc.query(
				"select ecosystem_id, count(*) from ecosystem_membership where status = 'ACTIVE' group by ecosystem_id",
				(RowCallbackHandler) (rs) -> members.put(rs.getLong(1), rs.getLong(2)));
		List<Listed> listed = this.jdbc.query("""
				select id, name, purpose, coordination, status, open_to_members, charter_version, name_search
				from ecosystem where status <> 'DISSOLVED'
				""", (rs, row) -> {
			long id = rs.getLong("id");
			EcosystemStatus status = EcosystemStatus.valueOf(rs.getString("status"));
			var summary = new EcosystemSummary(id, rs.getString("name"), rs.getString("purpose"),
					Coordination.valueOf(rs.getString("coordination")), status, rs.getBoolean("open_to_members"),
					Set.copyOf(markets.getOrDefault(id, Set.of())), Set.copyOf(sectors.getOrDefault(id, Set.of())),
					members.getOrDefault(id, 0L), rs.getInt("charter_version"));
			return new Listed(summary, rs.getString("name_search"));
		});
		listed.sort(Comparator.comparing(Listed::nameSearch).thenComparing((l) -> l.summary().id()));
		return List.copyOf(listed);
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_DIRECTORY, allEntries = true)
	public void on(EcosystemCreated event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_DIRECTORY, allEntries = true)
	public void on(EcosystemDescribed event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_DIRECTORY, allEntries = true)
	public void on(CharterPublished event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_DIRECTORY, allEntries = true)
	public void on(MembershipApproved event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.ECOSYSTEM_DIRECTORY, allEntries = true)
	public void on(MembershipEnded event) {
	}

}
