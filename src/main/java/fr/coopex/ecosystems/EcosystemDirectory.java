package fr.coopex.ecosystems;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import fr.coopex.shared.web.Text;

/**
 * The public directory of ecosystems (dissolved ones are not listed), searched and paged
 * in SQL: a page reads its twenty ecosystems in name order through
 * {@code ecosystem_directory_idx} (a word of the name through the trigram index on
 * PostgreSQL), then their markets, sectors and member counts, never the whole table.
 */
@Service
public class EcosystemDirectory {

	public static final int PAGE_SIZE = 20;

	private final NamedParameterJdbcTemplate jdbc;

	EcosystemDirectory(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param text words of the name
	 * @param market a target market (country code or zone)
	 * @param sector a NAF division covered
	 * @param coordination leader firm or third party
	 * @param openOnly only ecosystems open to new members
	 */
	public record Query(String text, String market, String sector, Coordination coordination, boolean openOnly) {
	}

	private record Row(long id, String name, String purpose, Coordination coordination, EcosystemStatus status,
			boolean open, int charterVersion, long members) {
	}

	/** A page of the ecosystems matching the query, by name. */
	public Slice<EcosystemSummary> search(Query query, int pageIndex) {
		StringBuilder sql = new StringBuilder("""
				select e.id, e.name, e.purpose, e.coordination, e.status, e.open_to_members, e.charter_version,
				       (select count(*) from ecosystem_membership m where m.ecosystem_id = e.id and m.status = 'ACTIVE')
				from ecosystem e where e.status <> 'DISSOLVED'""");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (query.text() != null && !query.text().isBlank()) {
			sql.append(" and e.name_search like :text escape '\\'");
			params.addValue("text", Text.containsPattern(query.text()));
		}
		if (query.market() != null) {
			sql.append(
					" and exists (select 1 from ecosystem_market k where k.ecosystem_id = e.id and k.code = :market)");
			params.addValue("market", query.market());
		}
		if (query.sector() != null) {
			sql.append(" and exists (select 1 from ecosystem_sector s where s.ecosystem_id = e.id")
				.append(" and s.division = :sector)");
			params.addValue("sector", query.sector());
		}
		if (query.coordination() != null) {
			sql.append(" and e.coordination = :coordination");
			params.addValue("coordination", query.coordination().name());
		}
		if (query.openOnly()) {
			sql.append(" and e.open_to_members = true");
		}
		// one more than a page, to know whether another follows
		sql.append(" order by e.name_search, e.id limit :limit offset :offset");
		params.addValue("limit", PAGE_SIZE + 1).addValue("offset", (long) pageIndex * PAGE_SIZE);
		List<Row> rows = this.jdbc.query(sql.toString(), params,
				(rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
						Coordination.valueOf(rs.getString(4)), EcosystemStatus.valueOf(rs.getString(5)),
						rs.getBoolean(6), rs.getInt(7), rs.getLong(8)));
		boolean hasNext = rows.size() > PAGE_SIZE;
		List<Row> page = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
		Map<Long, Set<String>> markets = new HashMap<>();
		Map<Long, Set<String>> sectors = new HashMap<>();
		if (!page.isEmpty()) {
			this.jdbc.query("""
					select ecosystem_id, 'M', code from ecosystem_market where ecosystem_id in (:ids)
					union all
					select ecosystem_id, 'S', division from ecosystem_sector where ecosystem_id in (:ids)
					order by 1, 2, 3
					""", new MapSqlParameterSource("ids", page.stream().map(Row::id).toList()),
					(RowCallbackHandler) (rs) -> ("M".equals(rs.getString(2)) ? markets : sectors)
						.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashSet<>())
						.add(rs.getString(3)));
		}
		List<EcosystemSummary> summaries = page.stream()
			.map((r) -> new EcosystemSummary(r.id(), r.name(), r.purpose(), r.coordination(), r.status(), r.open(),
					Set.copyOf(markets.getOrDefault(r.id(), Set.of())),
					Set.copyOf(sectors.getOrDefault(r.id(), Set.of())), r.members(), r.charterVersion()))
			.toList();
		return new SliceImpl<>(summaries, PageRequest.of(pageIndex, PAGE_SIZE), hasNext);
	}

}
