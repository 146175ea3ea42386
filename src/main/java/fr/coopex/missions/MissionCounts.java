package fr.coopex.missions;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the cooperation statements read of the missions: how many a company joined and how
 * many leads it recorded over a period, as counts, never the leads themselves. Read-only.
 * Periods: {@code from} inclusive, {@code until} exclusive.
 */
@Component
public class MissionCounts {

	private final JdbcTemplate jdbc;

	MissionCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Missions not cancelled of the ecosystem that the company joined in the period. */
	@Transactional(readOnly = true)
	public long joined(long companyId, long ecosystemId, Instant from, Instant until) {
		return count(
				"select count(*) from mission_participant p join mission m on m.id = p.mission_id "
						+ "where p.company_id = ? and m.ecosystem_id = ? and m.status <> 'CANCELLED' "
						+ "and p.joined_at >= ? and p.joined_at < ?",
				companyId, ecosystemId, Timestamp.from(from), Timestamp.from(until));
	}

	/** Leads the company recorded on the ecosystem's missions in the period. */
	@Transactional(readOnly = true)
	public long leads(long companyId, long ecosystemId, Instant from, Instant until) {
		return count(
				"select count(*) from mission_lead l join mission m on m.id = l.mission_id "
						+ "where l.company_id = ? and m.ecosystem_id = ? and l.created_at >= ? and l.created_at < ?",
				companyId, ecosystemId, Timestamp.from(from), Timestamp.from(until));
	}

	/** Participations in the ecosystem's missions not cancelled, joined in the period. */
	@Transactional(readOnly = true)
	public long joinedInEcosystem(long ecosystemId, Instant from, Instant until) {
		return count("select count(*) from mission_participant p join mission m on m.id = p.mission_id "
				+ "where m.ecosystem_id = ? and m.status <> 'CANCELLED' and p.joined_at >= ? and p.joined_at < ?",
				ecosystemId, Timestamp.from(from), Timestamp.from(until));
	}

	/** Leads recorded on the ecosystem's missions in the period. */
	@Transactional(readOnly = true)
	public long leadsInEcosystem(long ecosystemId, Instant from, Instant until) {
		return count(
				"select count(*) from mission_lead l join mission m on m.id = l.mission_id "
						+ "where m.ecosystem_id = ? and l.created_at >= ? and l.created_at < ?",
				ecosystemId, Timestamp.from(from), Timestamp.from(until));
	}

	private long count(String sql, Object... arguments) {
		Long value = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (value != null) ? value : 0;
	}

}
