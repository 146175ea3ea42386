package fr.coopex.fairs;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.shared.config.CacheConfiguration;

/**
 * Reads and caches the version of the calendar of trade fairs.
 */
@Component
class CalendarVersion {

	private final NamedParameterJdbcTemplate jdbc;

	CalendarVersion(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The calendar's version: the last time a fair was added or edited (fairs are never
	 * deleted), for the pages and downloads that answer 304 while it holds. Cached
	 * ({@value CacheConfiguration#FAIR_CALENDAR_VERSION}) and evicted when a fair is
	 * saved here; another instance's edit shows within {@link CacheConfiguration#SHORT}.
	 */
	@Cacheable(cacheNames = CacheConfiguration.FAIR_CALENDAR_VERSION, key = "'calendar'", sync = true)
	public String version() {
		return this.jdbc.getJdbcTemplate()
			.queryForObject("select max(updated_at), max(id) from fair",
					(rs, row) -> rs.getTimestamp(1) + "/" + rs.getLong(2));
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.FAIR_CALENDAR_VERSION, allEntries = true)
	public void on(FairEvents.FairSaved saved) {
	}

}
