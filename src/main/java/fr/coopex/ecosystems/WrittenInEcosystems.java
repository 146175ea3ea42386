package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AuthoredTexts;

/**
 * What a person wrote in the ecosystems: the messages of the join requests they sent, the
 * reasons of the decisions they took, and the charters they published.
 */
@Component
class WrittenInEcosystems implements AuthoredTexts {

	private final JdbcTemplate jdbc;

	WrittenInEcosystems(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AuthoredText> writtenBy(long userId) {
		List<AuthoredText> texts = new ArrayList<>(this.jdbc.query(
				"select m.requested_at, e.name, m.message from ecosystem_membership m "
						+ "join ecosystem e on e.id = m.ecosystem_id "
						+ "where m.requested_by = ? and m.message is not null order by m.requested_at",
				(rs, row) -> new AuthoredText("ecosystems.join-request", rs.getTimestamp(1).toInstant(),
						rs.getString(2), rs.getString(3)),
				userId));
		texts.addAll(this.jdbc.query(
				"select m.decided_at, e.name, m.decision_reason from ecosystem_membership m "
						+ "join ecosystem e on e.id = m.ecosystem_id "
						+ "where m.decided_by = ? and m.decision_reason is not null order by m.decided_at",
				(rs, row) -> new AuthoredText("ecosystems.decision", rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3)),
				userId));
		texts.addAll(this.jdbc.query(
				"select c.published_at, e.name, c.text from ecosystem_charter c "
						+ "join ecosystem e on e.id = c.ecosystem_id where c.published_by = ? order by c.published_at",
				(rs, row) -> new AuthoredText("ecosystems.charter", rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3)),
				userId));
		return texts;
	}

}
