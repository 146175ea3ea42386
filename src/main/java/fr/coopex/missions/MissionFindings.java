package fr.coopex.missions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;

/** Reads the findings shared on a mission, newest first, each with its author named. */
@Component
class MissionFindings {

	private final NamedParameterJdbcTemplate jdbc;

	private final AccountManagement accounts;

	MissionFindings(NamedParameterJdbcTemplate jdbc, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	private record FindingRow(long id, long authorId, String title, String text, Instant createdAt) {
	}

	List<MissionPage.Finding> of(long missionId) {
		List<FindingRow> rows = this.jdbc.query(
				"select id, author_id, title, text, created_at from mission_finding where mission_id = :mission order by created_at desc, id desc",
				new MapSqlParameterSource("mission", missionId), (rs, i) -> new FindingRow(rs.getLong(1), rs.getLong(2),
						rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
		Map<Long, String> authors = new HashMap<>();
		return rows.stream()
			.map((row) -> new MissionPage.Finding(row.id(), authors.computeIfAbsent(row.authorId(), this::authorName),
					row.title(), row.text(), row.createdAt()))
			.toList();
	}

	private String authorName(long userId) {
		return this.accounts.find(userId).map((a) -> a.displayName() + " (" + a.organisationName() + ")").orElse("");
	}

}
