package fr.coopex.missions;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the labelling of an ecosystem reads of its missions: counts, and which companies
 * took part (to be counted with the other shared actions, never shown). Read-only.
 */
@Component
public class MissionIndicators {

	private final JdbcTemplate jdbc;

	MissionIndicators(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The ecosystem's missions closed or done whose last day falls in the period. */
	@Transactional(readOnly = true)
	public long closedBetween(long ecosystemId, LocalDate from, LocalDate to) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from mission where ecosystem_id = ? and status in ('CLOSED', 'DONE') "
						+ "and ends_on > ? and ends_on <= ?",
				Long.class, ecosystemId, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
		return count == null ? 0 : count;
	}

	/** The companies that took part in a mission of the ecosystem not cancelled. */
	@Transactional(readOnly = true)
	public List<Long> participants(long ecosystemId) {
		return this.jdbc.queryForList(
				"select distinct p.company_id from mission_participant p join mission m on m.id = p.mission_id "
						+ "where m.ecosystem_id = ? and m.status <> 'CANCELLED'",
				Long.class, ecosystemId);
	}

}
