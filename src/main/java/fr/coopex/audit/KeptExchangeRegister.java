package fr.coopex.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * The register of information exchanged, kept in {@code exchange_register}: one row per
 * note, lead share or announcement, written once (PostgreSQL refuses changes).
 */
@Component
class KeptExchangeRegister implements ExchangeRegister {

	/** A row as stored, before names are looked up. */
	record Row(String kind, Long missionId, long authorUserId, Long authorCompanyId, String title, int recipients,
			boolean warningConfirmed, java.time.Instant postedAt) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	KeptExchangeRegister(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps one exchange; a second delivery of the same event changes nothing. */
	@Transactional
	void record(long ecosystemId, long sourceId, Row row) {
		try {
			this.jdbc.update("""
					insert into exchange_register (ecosystem_id, kind, source_id, mission_id, author_user_id,
					  author_company_id, title, recipient_companies, warning_confirmed, posted_at)
					values (:ecosystem, :kind, :source, :mission, :author, :company, :title, :recipients,
					  :confirmed, :at)
					""",
					new MapSqlParameterSource("ecosystem", ecosystemId).addValue("kind", row.kind())
						.addValue("source", sourceId)
						.addValue("mission", row.missionId())
						.addValue("author", row.authorUserId())
						.addValue("company", row.authorCompanyId())
						.addValue("title",
								row.title() == null || row.title().length() <= 200 ? row.title()
										: row.title().substring(0, 200))
						.addValue("recipients", row.recipients())
						.addValue("confirmed", row.warningConfirmed())
						.addValue("at", Timestamp.from(row.postedAt())));
		}
		catch (DuplicateKeyException again) {
			// the same event delivered twice: kept once
		}
	}

	/** The ecosystem's register, newest first. */
	@Transactional(readOnly = true)
	List<Row> rows(long ecosystemId, int limit) {
		return this.jdbc.query("""
				select kind, mission_id, author_user_id, author_company_id, title, recipient_companies,
				  warning_confirmed, posted_at
				from exchange_register where ecosystem_id = :ecosystem
				order by posted_at desc, id desc limit :limit
				""", new MapSqlParameterSource("ecosystem", ecosystemId).addValue("limit", limit),
				(rs, i) -> new Row(rs.getString(1), (Long) rs.getObject(2, Long.class), rs.getLong(3),
						rs.getObject(4, Long.class), rs.getString(5), rs.getInt(6), rs.getBoolean(7),
						rs.getTimestamp(8).toInstant()));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> countsByKind(long ecosystemId, LocalDate from, LocalDate until) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put(NOTE, 0L);
		counts.put(LEAD, 0L);
		counts.put(ANNOUNCEMENT, 0L);
		counts.put("confirmed-warnings", 0L);
		MapSqlParameterSource params = new MapSqlParameterSource("ecosystem", ecosystemId)
			.addValue("from", Timestamp.from(from.atStartOfDay(ClockConfiguration.PARIS).toInstant()))
			.addValue("until", Timestamp.from(until.atStartOfDay(ClockConfiguration.PARIS).toInstant()));
		this.jdbc.query("""
				select kind, count(*), sum(case when warning_confirmed then 1 else 0 end)
				from exchange_register
				where ecosystem_id = :ecosystem and posted_at >= :from and posted_at < :until
				group by kind
				""", params, (rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
			counts.merge("confirmed-warnings", rs.getLong(3), Long::sum);
		});
		return counts;
	}

}
