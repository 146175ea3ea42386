package fr.coopex.fairs;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.SharedWork;

/**
 * The companies that exhibited together on a confirmed stand (its participation rows,
 * written when the stand is confirmed and withdrawn when it is cancelled).
 */
@Component
class StandWork implements SharedWork {

	private final JdbcTemplate jdbc;

	StandWork(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Participant> participants() {
		return this.jdbc.query(
				"select s.ecosystem_id, s.id, p.company_id from stand_participation p join stand s on s.id = p.stand_id",
				(rs, i) -> new Participant(rs.getLong(1), "stand:" + rs.getLong(2), rs.getLong(3)));
	}

}
