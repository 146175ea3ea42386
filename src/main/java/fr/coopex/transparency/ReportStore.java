package fr.coopex.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The published reports, written once: PostgreSQL refuses to change or delete them.
 */
@Component
class ReportStore {

	private static final String COLUMNS = "id, ecosystem_id, period, version_no, changes, foreword, public_report, "
			+ "figures, published_by, published_at";

	private final JdbcTemplate jdbc;

	ReportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A report as stored, its figures as JSON. */
	record Stored(long id, long ecosystemId, String period, int version, String changes, String foreword,
			boolean publicReport, String figures, long publishedBy, Instant publishedAt) {
	}

	long insert(Stored report, ReportPeriod period, byte[] pdfFr, byte[] pdfEn) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("insert into transparency_report (ecosystem_id, period, "
					+ "period_from, period_until, version_no, changes, foreword, public_report, figures, pdf_fr, "
					+ "pdf_en, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, report.ecosystemId());
			statement.setString(2, report.period());
			statement.setObject(3, java.sql.Date.valueOf(period.from()));
			statement.setObject(4, java.sql.Date.valueOf(period.until()));
			statement.setInt(5, report.version());
			statement.setString(6, report.changes());
			statement.setString(7, report.foreword());
			statement.setBoolean(8, report.publicReport());
			statement.setString(9, report.figures());
			statement.setBytes(10, pdfFr);
			statement.setBytes(11, pdfEn);
			statement.setLong(12, report.publishedBy());
			statement.setTimestamp(13, Timestamp.from(report.publishedAt()));
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	Optional<Stored> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from transparency_report where id = ?", ReportStore::stored, id)
			.stream()
			.findFirst();
	}

	Optional<byte[]> pdf(long id, boolean english) {
		return this.jdbc
			.query("select " + (english ? "pdf_en" : "pdf_fr") + " from transparency_report where id = ?",
					(rs, i) -> rs.getBytes(1), id)
			.stream()
			.findFirst();
	}

	/** The latest version published for the period, 0 when none. */
	int latestVersion(long ecosystemId, String period) {
		Integer version = this.jdbc.queryForObject(
				"select coalesce(max(version_no), 0) from transparency_report where ecosystem_id = ? and period = ?",
				Integer.class, ecosystemId, period);
		return (version != null) ? version : 0;
	}

	/**
	 * Every report of the ecosystem (the public ones only if asked), the latest first.
	 */
	List<Stored> list(long ecosystemId, boolean publicOnly) {
		return this.jdbc.query(
				"select " + COLUMNS + " from transparency_report where ecosystem_id = ?"
						+ (publicOnly ? " and public_report = true" : "") + " order by period desc, version_no desc",
				ReportStore::stored, ecosystemId);
	}

	/** Public reports of the ecosystem published in the period. */
	long countPublic(long ecosystemId, Instant from, Instant until) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from transparency_report where ecosystem_id = ? and public_report = true "
						+ "and published_at >= ? and published_at < ?",
				Long.class, ecosystemId, Timestamp.from(from), Timestamp.from(until));
		return (count != null) ? count : 0;
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
				rs.getBoolean(7), rs.getString(8), rs.getLong(9), rs.getTimestamp(10).toInstant());
	}

}
