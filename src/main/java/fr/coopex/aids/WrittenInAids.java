package fr.coopex.aids;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AuthoredTexts;

/** What a person wrote in the aids: the notes of the applications they track. */
@Component
class WrittenInAids implements AuthoredTexts {

	private final JdbcTemplate jdbc;

	WrittenInAids(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AuthoredText> writtenBy(long userId) {
		return this.jdbc.query(
				"select p.updated_at, a.name, p.notes from aid_application p join aid a on a.id = p.aid_id "
						+ "where p.created_by = ? and p.notes is not null order by p.created_at",
				(rs, row) -> new AuthoredText("aids.application-notes", rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3)),
				userId);
	}

}
