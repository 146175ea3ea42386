package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemAnnouncements.Announcement;
import fr.coopex.ecosystems.EcosystemAnnouncements.Document;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/** Writes and reads the rows of an ecosystem's announcements, their PDF included. */
@Component
class AnnouncementRows {

	private final JdbcTemplate jdbc;

	AnnouncementRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves an announcement (its file null when there is none) and returns its id. */
	long insert(long ecosystemId, CoopexUser coordinator, String title, String text, List<String> words, int recipients,
			Instant now, String fileName, byte[] file) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection
				.prepareStatement(
						"insert into ecosystem_announcement (ecosystem_id, title, text, author_id, author_name, "
								+ "price_warning_confirmed, price_words, recipient_companies, posted_at, file_name, "
								+ "byte_size, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						new String[] { "id" });
			statement.setLong(1, ecosystemId);
			statement.setString(2, title);
			statement.setString(3, text);
			statement.setLong(4, coordinator.id());
			statement.setString(5, Text.cut(coordinator.displayName(), 200));
			statement.setBoolean(6, !words.isEmpty());
			statement.setString(7, words.isEmpty() ? null : Text.cut(String.join(", ", words), 1000));
			statement.setInt(8, recipients);
			statement.setTimestamp(9, Timestamp.from(now));
			statement.setString(10, fileName);
			statement.setObject(11, (file != null) ? file.length : null, java.sql.Types.INTEGER);
			statement.setBytes(12, file);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	/** The announcements of an ecosystem, newest first. */
	List<Announcement> list(long ecosystemId) {
		return this.jdbc.query(
				"select id, title, text, author_name, posted_at, file_name, byte_size from ecosystem_announcement "
						+ "where ecosystem_id = ? order by posted_at desc, id desc limit 50",
				(rs, i) -> new Announcement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getString(6), (Integer) rs.getObject(7, Integer.class)),
				ecosystemId);
	}

	/** The PDF of an announcement of this ecosystem, if it has one. */
	Optional<Document> document(long ecosystemId, long announcementId) {
		return this.jdbc
			.query("select file_name, content from ecosystem_announcement where id = ? and ecosystem_id = ? "
					+ "and content is not null", (rs, i) -> new Document(rs.getString(1), rs.getBytes(2)),
					announcementId, ecosystemId)
			.stream()
			.findFirst();
	}

}
