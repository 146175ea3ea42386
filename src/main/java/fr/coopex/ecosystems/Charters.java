package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemEvents.CharterPublished;

/**
 * The versions of an ecosystem's charter: each one stays readable; members are told of
 * every version after the first.
 */
@Component
class Charters {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	Charters(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Publishes a new version of the charter. */
	void publish(Ecosystem ecosystem, String text, long userId, Instant now) {
		publish(ecosystem, text, false, userId, now);
	}

	/**
	 * Publishes a new version of the charter, with or without the competition-law clauses
	 * on information exchange (shown with it to every member before accepting).
	 */
	void publish(Ecosystem ecosystem, String text, boolean competitionClauses, long userId, Instant now) {
		int version = ecosystem.nextCharterVersion(now);
		this.jdbc.update(
				"insert into ecosystem_charter (ecosystem_id, version, text, published_at, published_by, competition_clauses) values (?, ?, ?, ?, ?, ?)",
				ecosystem.getId(), version, text == null ? "" : text.strip(), Timestamp.from(now), userId,
				competitionClauses);
		if (version > 1) {
			this.events.publishEvent(new CharterPublished(ecosystem.getId(), ecosystem.getName(), version));
		}
	}

	/** Whether a version includes the competition-law clauses (none for version 0). */
	boolean competitionClauses(long ecosystemId, int version) {
		return version > 0 && this.jdbc
			.query("select competition_clauses from ecosystem_charter where ecosystem_id = ? and version = ?",
					(rs, i) -> rs.getBoolean(1), ecosystemId, version)
			.stream()
			.findFirst()
			.orElse(false);
	}

	/**
	 * Whether the version in force includes the competition-law clauses, read with the
	 * version in one query (none for version 0).
	 */
	boolean competitionClausesInForce(long ecosystemId) {
		return this.jdbc
			.queryForList("select c.competition_clauses from ecosystem e join ecosystem_charter c "
					+ "on c.ecosystem_id = e.id and c.version = e.charter_version "
					+ "where e.id = ? and e.charter_version > 0", Boolean.class, ecosystemId)
			.stream()
			.findFirst()
			.orElse(false);
	}

	/** The text of a version, null for none. */
	String text(long ecosystemId, int version) {
		if (version == 0) {
			return null;
		}
		return this.jdbc
			.query("select text from ecosystem_charter where ecosystem_id = ? and version = ?",
					(rs, i) -> rs.getString(1), ecosystemId, version)
			.stream()
			.findFirst()
			.orElse(null);
	}

}
