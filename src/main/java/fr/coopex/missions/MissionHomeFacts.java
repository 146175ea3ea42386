package fr.coopex.missions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in home page needs of the missions: those newly open in a company's
 * ecosystems, in one query. Only what every member of the ecosystem sees (title, market,
 * dates), never the leads or the participants.
 */
@Service
@Transactional(readOnly = true)
public class MissionHomeFacts {

	/** How long a new mission counts as new. */
	public static final int DAYS = 30;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	MissionHomeFacts(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A mission open to join, and whether the asking company is in it. */
	public record NewMission(long id, long ecosystemId, String title, String market, LocalDate startsOn,
			boolean joined) {
	}

	/** The missions of these ecosystems open to join that opened in the last 30 days. */
	public List<NewMission> newlyOpen(long companyId, Collection<Long> ecosystemIds) {
		if (ecosystemIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("ids", ecosystemIds).addValue("company", companyId)
			.addValue("since", Timestamp.from(this.clock.instant().minus(Duration.ofDays(DAYS))));
		return this.jdbc.query("select m.id, m.ecosystem_id, m.title, m.market, m.starts_on, "
				+ "exists (select 1 from mission_participant p where p.mission_id = m.id and p.company_id = :company) "
				+ "from mission m where m.ecosystem_id in (:ids) and m.status = 'OPEN' and m.created_at >= :since "
				+ "order by m.starts_on, m.id limit 10", params,
				(rs, i) -> new NewMission(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getDate(5).toLocalDate(), rs.getBoolean(6)));
	}

}
