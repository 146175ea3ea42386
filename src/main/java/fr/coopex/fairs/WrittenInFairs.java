package fr.coopex.fairs;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AuthoredTexts;

/**
 * What a person wrote in the fairs: the descriptions of the fairs they added to the
 * calendar and of the stands they opened.
 */
@Component
class WrittenInFairs implements AuthoredTexts {

	private final JdbcTemplate jdbc;

	WrittenInFairs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AuthoredText> writtenBy(long userId) {
		List<AuthoredText> texts = new ArrayList<>(this.jdbc.query(
				"select created_at, name, description from fair "
						+ "where created_by = ? and description is not null order by created_at",
				(rs, row) -> new AuthoredText("fairs.fair", rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3)),
				userId));
		texts.addAll(this.jdbc.query(
				"select s.created_at, f.name, s.description from stand s join fair f on f.id = s.fair_id "
						+ "where s.opened_by = ? and s.description is not null order by s.created_at",
				(rs, row) -> new AuthoredText("fairs.stand", rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3)),
				userId));
		return texts;
	}

}
