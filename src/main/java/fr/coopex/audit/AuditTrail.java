package fr.coopex.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;

/**
 * Writes and reads the audit trail. Rows are only ever added (PostgreSQL refuses updates
 * and deletes with a trigger).
 */
@Service
public class AuditTrail {

	static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(rs.getLong("id"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
			rs.getString("target"), rs.getString("details"), rs.getString("remote_address"));

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AccountManagement accounts;

	AuditTrail(JdbcTemplate jdbc, Clock clock, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accounts = accounts;
	}

	/**
	 * Records one action in its own transaction, so that it stays even when the action it
	 * describes fails and rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, String action, String target, String details, String remoteAddress) {
		record(actor, action, target, details, remoteAddress, null);
	}

	/**
	 * Records one action concerning an organisation (when null: the actor's organisation,
	 * if the actor has an account).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, String action, String target, String details, String remoteAddress,
			Long organisationId) {
		Long organisation = organisationId;
		if (organisation == null && actor != null && actor.contains("@")) {
			organisation = this.accounts.findByEmail(actor).map(AccountView::organisationId).orElse(null);
		}
		this.jdbc.update(
				"insert into audit_event (occurred_at, actor, action, target, details, remote_address, organisation_id) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(this.clock.instant()), cut(actor, 254), action, cut(target, 254), cut(details, 1000),
				cut(remoteAddress, 64), organisation);
	}

	/**
	 * The trail, newest first, optionally restricted to actions or actors containing a
	 * text.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntry> find(String text, Pageable pageable) {
		String q = text == null || text.isBlank() ? null : "%"
				+ text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		String where = q == null ? "" : " where lower(actor) like ? escape '\\' or lower(action) like ? escape '\\'";
		Object[] args = q == null ? new Object[0] : new Object[] { q, q };
		Long total = this.jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args);
		List<AuditEntry> rows = this.jdbc
			.query("select * from audit_event" + where + " order by occurred_at desc, id desc limit "
					+ pageable.getPageSize() + " offset " + pageable.getOffset(), ROW, args);
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** The lines of one actor, newest first (for their personal data export). */
	@Transactional(readOnly = true)
	public List<AuditEntry> byActor(String actor, int limit) {
		return this.jdbc.query("select * from audit_event where actor = ? order by occurred_at desc, id desc limit "
				+ Math.max(1, Math.min(limit, 10_000)), ROW, actor);
	}

}
