package fr.coopex.missions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AuthoredTexts;

/**
 * What a person wrote in the missions: the missions they proposed, the leads they entered
 * (with their notes) and the market notes they shared.
 */
@Component
class WrittenInMissions implements AuthoredTexts {

	private final JdbcTemplate jdbc;

	WrittenInMissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AuthoredText> writtenBy(long userId) {
		List<AuthoredText> texts = new ArrayList<>(this.jdbc.query(
				"select created_at, title, description from mission where proposed_by = ? order by created_at",
				(rs, row) -> new AuthoredText("missions.proposal", rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3)),
				userId));
		texts.addAll(this.jdbc.query(
				"select l.created_at, m.title, l.company_name, l.contact, l.notes from mission_lead l "
						+ "join mission m on m.id = l.mission_id where l.created_by = ? order by l.created_at",
				(rs, row) -> new AuthoredText("missions.lead", rs.getTimestamp(1).toInstant(), rs.getString(2),
						lines(rs.getString(3), rs.getString(4), rs.getString(5))),
				userId));
		texts.addAll(this.jdbc.query(
				"select f.created_at, m.title, f.title, f.text from mission_finding f "
						+ "join mission m on m.id = f.mission_id where f.author_id = ? order by f.created_at",
				(rs, row) -> new AuthoredText("missions.market-note", rs.getTimestamp(1).toInstant(), rs.getString(2),
						lines(rs.getString(3), rs.getString(4))),
				userId));
		return texts;
	}

	private static String lines(String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining("\n"));
	}

}
