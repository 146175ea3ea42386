package fr.coopex.companies;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Checks in SQL what the directory's in-memory copy of the word index cannot say: the
 * companies changed since it was taken, and the filters it does not hold.
 */
class WordIndexChecks {

	private final NamedParameterJdbcTemplate jdbc;

	private final int maxChanged;

	/** How far before the copy was taken a change still counts as after it. */
	private final Duration margin;

	WordIndexChecks(NamedParameterJdbcTemplate jdbc, int maxChanged, Duration margin) {
		this.jdbc = jdbc;
		this.maxChanged = maxChanged;
		this.margin = margin;
	}

	/**
	 * The companies changed since the copy was taken, and those of them that match; null
	 * when more than {@code maxChanged} changed.
	 */
	record Changed(Set<Long> all, Set<Long> matching) {
	}

	Changed changed(WordIndex index, String check, MapSqlParameterSource params) {
		Set<Long> all = new HashSet<>();
		Set<Long> matching = new HashSet<>();
		params.addValue("changedSince", Timestamp.from(index.takenAt.minus(this.margin)));
		this.jdbc.query("select p.company_id, case when " + check + " then 1 else 0 end from company_profile p"
				+ " where p.updated_at > :changedSince limit " + (this.maxChanged + 1), params, (rs) -> {
					all.add(rs.getLong(1));
					if (rs.getInt(2) == 1) {
						matching.add(rs.getLong(1));
					}
				});
		return (all.size() > this.maxChanged) ? null : new Changed(all, matching);
	}

	/**
	 * The companies of a list that meet a check (any when null), in name order or not.
	 */
	List<Long> check(List<Long> ids, String check, MapSqlParameterSource params, boolean inNameOrder) {
		params.addValue("ids", new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0])));
		return this.jdbc.queryForList("select p.company_id from company_profile p where p.company_id = any(:ids)"
				+ (check == null ? "" : " and " + check) + (inNameOrder ? " order by p.legal_name, p.company_id" : ""),
				params, Long.class);
	}

}
