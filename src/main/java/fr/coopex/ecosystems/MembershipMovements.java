package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the transparency reports of an ecosystem read of its members over a period: how
 * many companies came in and went out, as counts, never which. Read-only.
 */
@Component
public class MembershipMovements {

	private final JdbcTemplate jdbc;

	MembershipMovements(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param joined companies admitted in the period (still members or gone since)
	 * @param left companies that left in the period
	 * @param activeAtEnd companies whose membership was active at the end of the period
	 */
	public record Movements(long joined, long left, long activeAtEnd) {
	}

	/** Between two instants, {@code from} inclusive, {@code until} exclusive. */
	@Transactional(readOnly = true)
	public Movements between(long ecosystemId, Instant from, Instant until) {
		Timestamp start = Timestamp.from(from);
		Timestamp end = Timestamp.from(until);
		long joined = count("select count(*) from ecosystem_membership where ecosystem_id = ? and decided_at >= ? "
				+ "and decided_at < ? and status in ('ACTIVE', 'LEFT')", ecosystemId, start, end);
		long left = count("select count(*) from ecosystem_membership where ecosystem_id = ? and status = 'LEFT' "
				+ "and left_at >= ? and left_at < ?", ecosystemId, start, end);
		long active = count(
				"select count(*) from ecosystem_membership where ecosystem_id = ? "
						+ "and status in ('ACTIVE', 'LEFT') and decided_at < ? and (left_at is null or left_at >= ?)",
				ecosystemId, end, end);
		return new Movements(joined, left, active);
	}

	private long count(String sql, Object... arguments) {
		Long value = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (value != null) ? value : 0;
	}

}
