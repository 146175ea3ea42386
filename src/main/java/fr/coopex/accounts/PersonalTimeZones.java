package fr.coopex.accounts;

import java.sql.Types;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import fr.coopex.shared.web.TimeZones;

/**
 * The time zone each person chose to read times in, one of {@link TimeZones#OFFERED};
 * none means Paris time. A stored id no longer offered reads as none.
 */
@Component
class PersonalTimeZones {

	private final JdbcTemplate jdbc;

	PersonalTimeZones(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void choose(long userId, ZoneId zone) {
		this.jdbc.update("update user_account set time_zone = ? where id = ?", (zone != null) ? zone.getId() : null,
				userId);
	}

	Optional<ZoneId> of(long userId) {
		List<String> found = this.jdbc.queryForList("select time_zone from user_account where id = ?", String.class,
				userId);
		return found.isEmpty() ? Optional.empty() : TimeZones.offered(found.get(0));
	}

	/** The zone of each of these people who chose one; the ids go as one array. */
	Map<Long, ZoneId> of(Collection<Long> userIds) {
		Map<Long, ZoneId> found = new HashMap<>();
		if (!userIds.isEmpty()) {
			this.jdbc.query("select id, time_zone from user_account where id = any(?) and time_zone is not null",
					(rs) -> {
						long id = rs.getLong(1);
						TimeZones.offered(rs.getString(2)).ifPresent((zone) -> found.put(id, zone));
					}, new SqlParameterValue(Types.ARRAY, userIds.toArray(new Long[0])));
		}
		return found;
	}

}
