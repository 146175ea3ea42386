package fr.coopex.aids;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The de minimis flag of each catalogue aid, as its curator set it. */
@Component
class DeMinimisFlags {

	private final JdbcTemplate jdbc;

	DeMinimisFlags(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The flag of an aid and where it is written, or unknown with no source. */
	DeMinimisFlag of(long aidId) {
		List<DeMinimisFlag> flags = this.jdbc.query("select status, source from aid_de_minimis where aid_id = ?",
				(rs, n) -> new DeMinimisFlag(DeMinimis.valueOf(rs.getString(1)), rs.getString(2)), aidId);
		return flags.isEmpty() ? DeMinimisFlag.NOT_SET : flags.get(0);
	}

	void set(long aidId, DeMinimisFlag flag, long by, Instant now) {
		if (this.jdbc.update(
				"update aid_de_minimis set status = ?, source = ?, updated_by = ?, updated_at = ? "
						+ "where aid_id = ?",
				flag.status().name(), flag.source(), by, java.sql.Timestamp.from(now), aidId) == 0) {
			this.jdbc.update(
					"insert into aid_de_minimis (aid_id, status, source, updated_by, updated_at) values (?, ?, ?, ?, ?)",
					aidId, flag.status().name(), flag.source(), by, java.sql.Timestamp.from(now));
		}
	}

	/** The operators of an aid, in order, joined: who grants it. */
	Optional<String> grantingBody(long aidId) {
		List<String> names = this.jdbc.queryForList("select name from aid_operator where aid_id = ? order by position",
				String.class, aidId);
		return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
	}

}
