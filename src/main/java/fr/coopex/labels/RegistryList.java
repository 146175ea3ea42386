package fr.coopex.labels;

import java.util.Comparator;
import java.util.List;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.labels.LabelEvents.ApplicationChanged;
import fr.coopex.labels.LabelRegistry.LabelEntry;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * Every label of the public registry, kept ({@value CacheConfiguration#LABEL_REGISTRY})
 * and evicted when an application changes. Its own bean, so that {@link LabelRegistry}'s
 * searches go through the cache: called from within the registry, the cached method read
 * every label again at each search and each ecosystem page.
 */
@Component
class RegistryList {

	private final JdbcTemplate jdbc;

	private final RegistryEntries entries;

	RegistryList(JdbcTemplate jdbc, RegistryEntries entries) {
		this.jdbc = jdbc;
		this.entries = entries;
	}

	/** Every label, current first, then by end date, latest first. */
	@Cacheable(cacheNames = CacheConfiguration.LABEL_REGISTRY, key = "'all'", sync = true)
	@Transactional(readOnly = true)
	public List<LabelEntry> all() {
		return this.jdbc
			.query("select id, scheme_id, ecosystem_id, status, label_number, starts_on, ends_on, status_reason "
					+ "from label_application where label_number is not null and status in "
					+ "('GRANTED', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED')",
					(rs, i) -> this.entries.entry(rs.getLong(1), rs.getLong(2), rs.getLong(3),
							ApplicationStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getDate(6).toLocalDate(),
							rs.getDate(7).toLocalDate(), rs.getString(8)))
			.stream()
			.sorted(Comparator.comparing((LabelEntry e) -> e.status().ordinal())
				.thenComparing(LabelEntry::endsOn, Comparator.reverseOrder())
				.thenComparing(LabelEntry::number))
			.toList();
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.LABEL_REGISTRY, allEntries = true)
	public void on(ApplicationChanged event) {
	}

}
