package fr.coopex.fairs;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafLevel;
import fr.coopex.fairs.FairCalendar.Query;
import fr.coopex.shared.web.Text;

/**
 * The calendar's reads, in plain SQL: a filter's page (counting no further than the pages
 * the list links to), an export, fairs by id and by series.
 */
@Component
class FairQueries {

	/** How many fairs past the page shown are counted at most. */
	static final int COUNT_AHEAD = 8 * FairCalendar.PAGE_SIZE;

	private static final String COLUMNS = "f.id, coalesce(f.series_id, f.id) as series, f.name, f.organiser, f.city, "
			+ "f.country, f.venue, f.starts_on, f.ends_on, f.website, f.description, f.version, f.updated_at, "
			+ "f.dates_tentative, "
			+ "(select array_agg(s.code order by s.code) from fair_sector s where s.fair_id = f.id) as sectors";

	private static final String ORDER = " order by f.starts_on, f.name_search, f.id";

	private final NamedParameterJdbcTemplate jdbc;

	private final NafCatalogue naf;

	FairQueries(NamedParameterJdbcTemplate jdbc, NafCatalogue naf) {
		this.jdbc = jdbc;
		this.naf = naf;
	}

	/**
	 * A page of a filter. The count stops {@link #COUNT_AHEAD} fairs after the page, so
	 * that its cost stays that of the pages a person may reach, whatever the size of the
	 * calendar.
	 */
	CalendarPage search(Query query, int pageIndex) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(query, params);
		long offset = (long) pageIndex * FairCalendar.PAGE_SIZE;
		params.addValue("cap", offset + COUNT_AHEAD + 1);
		long counted = this.jdbc.queryForObject("select count(*) from (select 1 from fair f" + where + " limit :cap) c",
				params, Long.class);
		params.addValue("limit", FairCalendar.PAGE_SIZE).addValue("offset", offset);
		List<FairView> content = (counted <= offset) ? List.of()
				: select(where + ORDER + " limit :limit offset :offset", params);
		boolean more = counted > offset + COUNT_AHEAD;
		return new CalendarPage(content, pageIndex, more ? counted - 1 : counted, more);
	}

	List<FairView> export(Query query, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(query, params);
		params.addValue("limit", limit);
		return select(where + ORDER + " limit :limit", params);
	}

	List<FairView> byIds(Collection<Long> fairIds) {
		return fairIds.isEmpty() ? List.of()
				: select(" where f.id in (:ids)", new MapSqlParameterSource("ids", fairIds));
	}

	List<FairView> editions(long series) {
		return select(" where coalesce(f.series_id, f.id) = :series order by f.starts_on desc",
				new MapSqlParameterSource("series", series));
	}

	private String where(Query query, MapSqlParameterSource params) {
		StringBuilder sql = new StringBuilder(" where 1 = 1");
		if (query.text() != null && !query.text().isBlank()) {
			params.addValue("text", Text.containsPattern(query.text()));
			sql.append(" and f.name_search like :text escape '\\'");
		}
		if (query.from() != null) {
			params.addValue("from", Date.valueOf(query.from()));
			sql.append(" and f.ends_on >= :from");
		}
		if (query.to() != null) {
			params.addValue("to", Date.valueOf(query.to()));
			sql.append(" and f.starts_on <= :to");
		}
		if (query.country() != null) {
			params.addValue("country", query.country());
			sql.append(" and f.country = :country");
		}
		if (query.sector() != null) {
			params.addValue("sectors", sectorCodes(query.sector()));
			sql.append(" and exists (select 1 from fair_sector s where s.fair_id = f.id and s.code in (:sectors))");
		}
		return sql.toString();
	}

	/**
	 * A division matches fairs about it or its section; a section, about it or any of its
	 * divisions.
	 */
	private Set<String> sectorCodes(String sector) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(sector);
		this.naf.find(sector).ifPresent((entry) -> {
			if (entry.level() == NafLevel.DIVISION && entry.sectionCode() != null) {
				codes.add(entry.sectionCode());
			}
			if (entry.level() == NafLevel.SECTION) {
				this.naf.divisions()
					.stream()
					.filter((d) -> entry.code().equals(d.sectionCode()))
					.forEach((d) -> codes.add(d.code()));
			}
		});
		return codes;
	}

	/** Fairs with their sectors, in one statement (PostgreSQL and H2 alike). */
	private List<FairView> select(String tail, MapSqlParameterSource params) {
		return this.jdbc.query("select " + COLUMNS + " from fair f" + tail, params,
				(rs, i) -> new FairView(rs.getLong("id"), rs.getLong("series"), rs.getString("name"),
						rs.getString("organiser"), rs.getString("city"), rs.getString("country"), rs.getString("venue"),
						rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
						codes(rs.getArray("sectors")), rs.getString("website"), rs.getString("description"),
						rs.getLong("version"), rs.getTimestamp("updated_at").toInstant(),
						rs.getBoolean("dates_tentative")));
	}

	private static List<String> codes(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
