package fr.coopex.ecosystems;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The meetings of ecosystems, their answers and minutes, as stored. */
@Component
class Meetings {

	private static final String COLUMNS = "m.id, m.ecosystem_id, m.title, m.starts_at, m.duration_minutes, m.place, "
			+ "m.video_link, m.agenda, m.created_by, m.created_at, m.minutes_text, f.file_name";

	private static final String FROM = " from ecosystem_meeting m "
			+ "left join ecosystem_meeting_minutes_file f on f.meeting_id = m.id ";

	private final JdbcTemplate jdbc;

	Meetings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A meeting as stored; {@code minutesFile} is the PDF's name, null for none. */
	record Row(long id, long ecosystemId, String title, Instant startsAt, int durationMinutes, String place,
			String videoLink, String agenda, long createdBy, Instant createdAt, String minutesText,
			String minutesFile) {

		Instant endsAt() {
			return this.startsAt.plusSeconds(60L * this.durationMinutes);
		}

	}

	/** One person's answer, with their company. */
	record Answer(long meetingId, long userId, long companyId, MeetingAnswer answer) {
	}

	long insert(long ecosystemId, String title, Instant startsAt, int durationMinutes, String place, String videoLink,
			String agenda, long by, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into ecosystem_meeting (ecosystem_id, title, starts_at, duration_minutes, place, video_link, "
							+ "agenda, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, ecosystemId);
			statement.setString(2, title);
			statement.setTimestamp(3, Timestamp.from(startsAt));
			statement.setInt(4, durationMinutes);
			statement.setString(5, place);
			statement.setString(6, videoLink);
			statement.setString(7, agenda);
			statement.setLong(8, by);
			statement.setTimestamp(9, Timestamp.from(now));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	Optional<Row> find(long ecosystemId, long meetingId) {
		return this.jdbc
			.query("select " + COLUMNS + FROM + "where m.id = ? and m.ecosystem_id = ?", Meetings::row, meetingId,
					ecosystemId)
			.stream()
			.findFirst();
	}

	/** The ecosystem's meetings, the latest first. */
	List<Row> of(long ecosystemId, int limit) {
		return this.jdbc.query(
				"select " + COLUMNS + FROM + "where m.ecosystem_id = ? order by m.starts_at desc, m.id desc limit ?",
				Meetings::row, ecosystemId, limit);
	}

	/** The meetings that started from {@code from} on and before {@code until}. */
	List<Row> between(long ecosystemId, Instant from, Instant until) {
		return this.jdbc.query("select " + COLUMNS + FROM
				+ "where m.ecosystem_id = ? and m.starts_at >= ? and m.starts_at < ? order by m.starts_at, m.id",
				Meetings::row, ecosystemId, Timestamp.from(from), Timestamp.from(until));
	}

	/** The answers to the ecosystem's meetings. */
	List<Answer> answers(long ecosystemId) {
		return this.jdbc.query(
				"select a.meeting_id, a.user_id, a.company_id, a.answer from ecosystem_meeting_answer a "
						+ "join ecosystem_meeting m on m.id = a.meeting_id where m.ecosystem_id = ?",
				(rs, i) -> new Answer(rs.getLong(1), rs.getLong(2), rs.getLong(3),
						MeetingAnswer.valueOf(rs.getString(4))),
				ecosystemId);
	}

	/** Records a person's answer, replacing the one they gave before. */
	void answer(long meetingId, long userId, long companyId, MeetingAnswer answer, Instant now) {
		int changed = this.jdbc.update(
				"update ecosystem_meeting_answer set answer = ?, company_id = ?, answered_at = ? "
						+ "where meeting_id = ? and user_id = ?",
				answer.name(), companyId, Timestamp.from(now), meetingId, userId);
		if (changed == 0) {
			this.jdbc.update(
					"insert into ecosystem_meeting_answer (meeting_id, user_id, company_id, answer, answered_at) "
							+ "values (?, ?, ?, ?, ?)",
					meetingId, userId, companyId, answer.name(), Timestamp.from(now));
		}
	}

	void minutesText(long meetingId, String text, Instant now) {
		this.jdbc.update("update ecosystem_meeting set minutes_text = ?, minutes_at = ? where id = ?", text,
				Timestamp.from(now), meetingId);
	}

	/** Keeps the minutes' PDF, replacing the one kept before. */
	void minutesFile(long meetingId, String fileName, byte[] content, long by, Instant now) {
		this.jdbc.update("delete from ecosystem_meeting_minutes_file where meeting_id = ?", meetingId);
		this.jdbc.update(
				"insert into ecosystem_meeting_minutes_file (meeting_id, file_name, byte_size, content, "
						+ "uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?)",
				meetingId, fileName, content.length, content, by, Timestamp.from(now));
		this.jdbc.update("update ecosystem_meeting set minutes_at = ? where id = ?", Timestamp.from(now), meetingId);
	}

	Optional<byte[]> minutesContent(long meetingId) {
		return this.jdbc
			.query("select content from ecosystem_meeting_minutes_file where meeting_id = ?", (rs, i) -> rs.getBytes(1),
					meetingId)
			.stream()
			.findFirst();
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getInt(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getTimestamp(10).toInstant(),
				rs.getString(11), rs.getString(12));
	}

}
