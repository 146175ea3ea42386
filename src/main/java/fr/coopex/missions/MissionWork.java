package fr.coopex.missions;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.SharedWork;

/**
 * The companies that went on a mission together: its participants once the list is set
 * (closed or done); an open mission's list may still change, a cancelled one did not
 * happen.
 */
@Component
class MissionWork implements SharedWork {

	private final JdbcTemplate jdbc;

	MissionWork(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Participant> participants() {
		return this.jdbc.query(
				"select m.ecosystem_id, m.id, p.company_id from mission_participant p join mission m on m.id = p.mission_id"
						+ " where m.status in ('CLOSED', 'DONE')",
				(rs, i) -> new Participant(rs.getLong(1), "mission:" + rs.getLong(2), rs.getLong(3)));
	}

}
