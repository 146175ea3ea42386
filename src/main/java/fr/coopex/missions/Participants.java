package fr.coopex.missions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The companies taking part in each mission. */
@Component
class Participants {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	Participants(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The missions the company takes part in. */
	Set<Long> missionsOf(long companyId) {
		return new HashSet<>(
				this.jdbc.queryForList("select mission_id from mission_participant where company_id = :company",
						new MapSqlParameterSource("company", companyId), Long.class));
	}

	boolean contains(long missionId, long companyId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from mission_participant where mission_id = :mission and company_id = :company",
				params(missionId, companyId), Integer.class);
		return count != null && count > 0;
	}

	/** The participants, in the order they joined. */
	List<Long> ids(long missionId) {
		return this.jdbc.queryForList(
				"select company_id from mission_participant where mission_id = :mission order by joined_at, company_id",
				new MapSqlParameterSource("mission", missionId), Long.class);
	}

	Map<Long, Integer> counts(Collection<Long> missionIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (!missionIds.isEmpty()) {
			this.jdbc.query(
					"select mission_id, count(*) from mission_participant where mission_id in (:ids) group by mission_id",
					new MapSqlParameterSource("ids", missionIds), (rs) -> {
						counts.put(rs.getLong(1), rs.getInt(2));
					});
		}
		return counts;
	}

	void add(long missionId, long companyId, long userId) {
		this.jdbc.update("""
				insert into mission_participant (mission_id, company_id, joined_by, joined_at)
				values (:mission, :company, :user, :at)
				""", params(missionId, companyId).addValue("user", userId)
			.addValue("at", Timestamp.from(this.clock.instant())));
	}

	/**
	 * @return whether the company took part
	 */
	boolean remove(long missionId, long companyId) {
		return this.jdbc.update("delete from mission_participant where mission_id = :mission and company_id = :company",
				params(missionId, companyId)) > 0;
	}

	static MapSqlParameterSource params(long missionId, Long companyId) {
		return new MapSqlParameterSource("mission", missionId).addValue("company", companyId);
	}

}
