package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.web.Text;

/**
 * The public directory of ecosystems (dissolved ones are not listed).
 */
@Service
public class EcosystemDirectory {

	public static final int PAGE_SIZE = 20;

	private final NamedParameterJdbcTemplate jdbc;

	private final EcosystemManagement ecosystems;

	EcosystemDirectory(NamedParameterJdbcTemplate jdbc, EcosystemManagement ecosystems) {
		this.jdbc = jdbc;
		this.ecosystems = ecosystems;
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

	@Transactional(readOnly = true)
	public Slice<EcosystemSummary> search(Query query, int pageIndex) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", PAGE_SIZE + 1)
			.addValue("offset", (long) pageIndex * PAGE_SIZE);
		StringBuilder sql = new StringBuilder("select e.id from ecosystem e where e.status <> 'DISSOLVED'");
		if (query.text() != null && !query.text().isBlank()) {
			params.addValue("text", Text.containsPattern(query.text()));
			sql.append(" and e.name_search like :text escape '\\'");
		}
		if (query.market() != null) {
			params.addValue("market", query.market());
			sql.append(
					" and exists (select 1 from ecosystem_market m where m.ecosystem_id = e.id and m.code = :market)");
		}
		if (query.sector() != null) {
			params.addValue("sector", query.sector());
			sql.append(
					" and exists (select 1 from ecosystem_sector s where s.ecosystem_id = e.id and s.division = :sector)");
		}
		if (query.coordination() != null) {
			params.addValue("coordination", query.coordination().name());
			sql.append(" and e.coordination = :coordination");
		}
		if (query.openOnly()) {
			sql.append(" and e.open_to_members = true");
		}
		sql.append(" order by e.name_search, e.id limit :limit offset :offset");
		List<Long> ids = new ArrayList<>(this.jdbc.queryForList(sql.toString(), params, Long.class));
		boolean hasNext = ids.size() > PAGE_SIZE;
		if (hasNext) {
			ids.remove(ids.size() - 1);
		}
		return new SliceImpl<>(this.ecosystems.summaries(ids), PageRequest.of(pageIndex, PAGE_SIZE), hasNext);
	}

}
