package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the labelling of an ecosystem reads of it, as of a date: counts and dates of the
 * ecosystem as a whole, never a company's field; and, for the observatory's aggregates,
 * which companies are active in each ecosystem. Read-only.
 */
@Component
public class EcosystemIndicators {

	private final JdbcTemplate jdbc;

	EcosystemIndicators(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param activeCompanyIds the companies active in the ecosystem (to combine with the
	 * other modules' aggregates; never shown)
	 * @param charterAccepted active members who accepted the current charter version
	 * @param joinedLastYear members admitted in the twelve months before the date
	 * @param leftLastYear members who left in the twelve months before the date
	 */
	public record Facts(long ecosystemId, String name, Coordination coordination, Instant createdAt,
			List<Long> activeCompanyIds, long charterAccepted, long joinedLastYear, long leftLastYear,
			List<Long> coordinatorIds, Set<String> sectors, Set<String> markets) {
	}

	@Transactional(readOnly = true)
	public Optional<Facts> facts(long ecosystemId, Instant asOf) {
		List<Object[]> rows = this.jdbc.query(
				"select name, coordination, created_at, charter_version from ecosystem where id = ? and status <> 'DISSOLVED'",
				(rs, i) -> new Object[] { rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getInt(4) },
				ecosystemId);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] row = rows.get(0);
		int charter = (Integer) row[3];
		Timestamp yearAgo = Timestamp.from(asOf.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant());
		Timestamp now = Timestamp.from(asOf);
		List<Long> active = this.jdbc.queryForList(
				"select company_id from ecosystem_membership where ecosystem_id = ? and status = 'ACTIVE' order by company_id",
				Long.class, ecosystemId);
		long accepted = count("select count(*) from ecosystem_membership where ecosystem_id = ? and status = 'ACTIVE' "
				+ "and charter_version_accepted = ?", ecosystemId, charter);
		long joined = count("select count(*) from ecosystem_membership where ecosystem_id = ? and decided_at > ? "
				+ "and decided_at <= ? and status in ('ACTIVE', 'LEFT')", ecosystemId, yearAgo, now);
		long left = count(
				"select count(*) from ecosystem_membership where ecosystem_id = ? and status in ('LEFT', 'REMOVED') "
						+ "and left_at > ? and left_at <= ?",
				ecosystemId, yearAgo, now);
		List<Long> coordinators = this.jdbc.queryForList(
				"select user_id from ecosystem_coordinator where ecosystem_id = ? order by user_id", Long.class,
				ecosystemId);
		Set<String> sectors = new TreeSet<>(this.jdbc
			.queryForList("select division from ecosystem_sector where ecosystem_id = ?", String.class, ecosystemId));
		Set<String> markets = new TreeSet<>(this.jdbc
			.queryForList("select code from ecosystem_market where ecosystem_id = ?", String.class, ecosystemId));
		return Optional.of(new Facts(ecosystemId, (String) row[0], Coordination.valueOf((String) row[1]),
				(Instant) row[2], active, accepted, joined, left, coordinators, sectors, markets));
	}

	private long count(String sql, Object... arguments) {
		Long value = this.jdbc.queryForObject(sql, Long.class, arguments);
		return value == null ? 0 : value;
	}

	/**
	 * The companies active in each ecosystem that is not dissolved, by ecosystem id: for
	 * the observatory's aggregates, never shown.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Set<Long>> activeMembers() {
		Map<Long, Set<Long>> members = new HashMap<>();
		this.jdbc.query("select m.ecosystem_id, m.company_id from ecosystem_membership m "
				+ "join ecosystem e on e.id = m.ecosystem_id where e.status <> 'DISSOLVED' and m.status = 'ACTIVE'",
				(rs) -> {
					members.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getLong(2));
				});
		return members;
	}

}
