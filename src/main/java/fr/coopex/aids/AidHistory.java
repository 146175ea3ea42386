package fr.coopex.aids;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.aids.AidCuration.Change;
import fr.coopex.shared.security.CoopexUser;

/**
 * The history of the changes of aids ({@code aid_change}): who made each, when, and which
 * fields it changed. Read and written for {@link AidCuration}, which checks who may.
 */
@Component
class AidHistory {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AidHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every change of an aid, newest first. */
	List<Change> of(long aidId) {
		return this.jdbc.query(
				"select changed_at, changed_by_name, action, fields from aid_change where aid_id = ? order by changed_at desc, id desc",
				(rs, i) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
						rs.getString(4)),
				aidId);
	}

	void record(long aidId, CoopexUser officer, String action, String fields) {
		this.jdbc.update(
				"insert into aid_change (aid_id, changed_at, changed_by, changed_by_name, action, fields) values (?, ?, ?, ?, ?, ?)",
				aidId, Timestamp.from(this.clock.instant()), officer.id(), officer.displayName(), action,
				fields == null ? null : fields.length() > 2000 ? fields.substring(0, 2000) : fields);
	}

	/** The names of the fields that differ, criteria included. */
	static String changedFields(AidData before, AidData after) {
		List<String> changed = new ArrayList<>();
		compare(AidData.class, before, after, changed);
		compare(Criteria.class, before.criteria(), after.criteria(), changed);
		changed.remove("criteria");
		return String.join(", ", changed);
	}

	private static void compare(Class<?> type, Object before, Object after, List<String> changed) {
		for (RecordComponent component : type.getRecordComponents()) {
			try {
				Object a = component.getAccessor().invoke(before);
				Object b = component.getAccessor().invoke(after);
				boolean same = (a instanceof BigDecimal x && b instanceof BigDecimal y) ? x.compareTo(y) == 0
						: Objects.equals(a, b);
				if (!same) {
					changed.add(component.getName());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
