package fr.coopex.ecosystems;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The consultations of ecosystems as stored: their options, who voted (per company) and
 * the ballots. A secret ballot is stored with a random identifier and no company, so that
 * nobody can link it to its voter.
 */
@Component
class Consultations {

	private static final String COLUMNS = "select id, ecosystem_id, question, quorum_percent, majority, secret, "
			+ "deadline, charter_text, opened_by, closed_at, outcome, winning_option_id, companies_entitled, "
			+ "companies_voted from ecosystem_consultation ";

	private final JdbcTemplate jdbc;

	Consultations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, long ecosystemId, String question, int quorumPercent, Majority majority, boolean secret,
			Instant deadline, String charterText, long openedBy, Instant closedAt, String outcome, Long winningOptionId,
			Integer companiesEntitled, Integer companiesVoted) {

		boolean closed() {
			return this.closedAt != null;
		}

	}

	record OptionRow(long id, int position, String label, Integer votes) {
	}

	long insert(long ecosystemId, String question, int quorumPercent, Majority majority, boolean secret,
			Instant deadline, String charterText, List<String> options, long by, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into ecosystem_consultation (ecosystem_id, question, quorum_percent, majority, secret, "
							+ "deadline, charter_text, opened_by, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, ecosystemId);
			statement.setString(2, question);
			statement.setInt(3, quorumPercent);
			statement.setString(4, majority.name());
			statement.setBoolean(5, secret);
			statement.setTimestamp(6, Timestamp.from(deadline));
			statement.setString(7, charterText);
			statement.setLong(8, by);
			statement.setTimestamp(9, Timestamp.from(now));
			return statement;
		}, key);
		long id = key.getKey().longValue();
		for (int i = 0; i < options.size(); i++) {
			this.jdbc.update("insert into ecosystem_consultation_option (consultation_id, position, label) "
					+ "values (?, ?, ?)", id, i, options.get(i));
		}
		return id;
	}

	Optional<Row> find(long ecosystemId, long consultationId) {
		return this.jdbc
			.query(COLUMNS + "where id = ? and ecosystem_id = ?", Consultations::row, consultationId, ecosystemId)
			.stream()
			.findFirst();
	}

	/**
	 * The consultation, its row locked until the transaction ends (votes and closing).
	 */
	Optional<Row> lock(long consultationId) {
		return this.jdbc.query(COLUMNS + "where id = ? for update", Consultations::row, consultationId)
			.stream()
			.findFirst();
	}

	List<Row> of(long ecosystemId, int limit) {
		return this.jdbc.query(COLUMNS + "where ecosystem_id = ? order by deadline desc, id desc limit ?",
				Consultations::row, ecosystemId, limit);
	}

	List<Row> closedBetween(long ecosystemId, Instant from, Instant until) {
		return this.jdbc.query(
				COLUMNS + "where ecosystem_id = ? and closed_at >= ? and closed_at < ? order by closed_at",
				Consultations::row, ecosystemId, Timestamp.from(from), Timestamp.from(until));
	}

	/** The open consultations whose deadline has come. */
	List<Long> due(Instant now) {
		return this.jdbc.queryForList(
				"select id from ecosystem_consultation where closed_at is null and deadline <= ? order by deadline",
				Long.class, Timestamp.from(now));
	}

	List<OptionRow> options(long consultationId) {
		return this.jdbc.query(
				"select id, position, label, votes from ecosystem_consultation_option where consultation_id = ? "
						+ "order by position",
				(rs, i) -> new OptionRow(rs.getLong(1), rs.getInt(2), rs.getString(3),
						(Integer) rs.getObject(4, Integer.class)),
				consultationId);
	}

	/** The companies that voted, in the order they voted. */
	List<Long> voters(long consultationId) {
		return this.jdbc.queryForList(
				"select company_id from ecosystem_consultation_voter where consultation_id = ? order by voted_at",
				Long.class, consultationId);
	}

	boolean voted(long consultationId, long companyId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select count(*) > 0 from ecosystem_consultation_voter where consultation_id = ? and company_id = ?",
				Boolean.class, consultationId, companyId));
	}

	/**
	 * Records that the company voted, and its ballot (without the company when secret).
	 */
	void vote(long consultationId, long companyId, long userId, long optionId, boolean secret, Instant now) {
		this.jdbc.update("insert into ecosystem_consultation_voter (consultation_id, company_id, user_id, voted_at) "
				+ "values (?, ?, ?, ?)", consultationId, companyId, userId, Timestamp.from(now));
		this.jdbc.update(
				"insert into ecosystem_consultation_ballot (id, consultation_id, option_id, company_id) "
						+ "values (?, ?, ?, ?)",
				UUID.randomUUID().toString(), consultationId, optionId, secret ? null : companyId);
	}

	/** The votes of each option, counted from the ballots. */
	List<Integer> count(long consultationId, List<OptionRow> options) {
		return options.stream()
			.map((option) -> this.jdbc.queryForObject(
					"select count(*) from ecosystem_consultation_ballot where consultation_id = ? and option_id = ?",
					Integer.class, consultationId, option.id()))
			.toList();
	}

	/** The open ballots: company id and option id. */
	List<long[]> openBallots(long consultationId) {
		return this.jdbc.query(
				"select company_id, option_id from ecosystem_consultation_ballot where consultation_id = ? "
						+ "and company_id is not null",
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }, consultationId);
	}

	/** Records the result: the options' counts first, then the consultation closed. */
	void close(Row consultation, List<OptionRow> options, List<Integer> votes, Tally tally, int entitled, Instant now) {
		for (int i = 0; i < options.size(); i++) {
			this.jdbc.update("update ecosystem_consultation_option set votes = ? where id = ?", votes.get(i),
					options.get(i).id());
		}
		Long winner = (tally.winner() < 0) ? null : options.get(tally.winner()).id();
		this.jdbc.update(
				"update ecosystem_consultation set closed_at = ?, outcome = ?, winning_option_id = ?, "
						+ "companies_entitled = ?, companies_voted = ? where id = ?",
				Timestamp.from(now), tally.outcome(), winner, entitled,
				votes.stream().mapToInt(Integer::intValue).sum(), consultation.id());
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		Timestamp closed = rs.getTimestamp(10);
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), Majority.valueOf(rs.getString(5)),
				rs.getBoolean(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getLong(9),
				(closed == null) ? null : closed.toInstant(), rs.getString(11), (Long) rs.getObject(12, Long.class),
				(Integer) rs.getObject(13, Integer.class), (Integer) rs.getObject(14, Integer.class));
	}

}
