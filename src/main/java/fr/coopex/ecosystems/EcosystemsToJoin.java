package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.Suggestions.EcosystemToJoin;
import fr.coopex.ecosystems.Suggestions.Partner;

/** Finds the ecosystems a firm could join where the firms suggested to it are active. */
@Component
class EcosystemsToJoin {

	private final NamedParameterJdbcTemplate jdbc;

	private final MembershipReads reads;

	EcosystemsToJoin(NamedParameterJdbcTemplate jdbc, MembershipReads reads) {
		this.jdbc = jdbc;
		this.reads = reads;
	}

	/**
	 * The ecosystems, open to requests, where the suggested firms are active members and
	 * the firm is not (nor asked or invited): the most suggested firms first.
	 */
	List<EcosystemToJoin> of(long companyId, List<Partner> partners) {
		if (partners.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = new LinkedHashMap<>();
		partners.forEach((p) -> names.put(p.company().companyId(), p.company().displayName()));
		Map<Long, List<String>> found = new LinkedHashMap<>();
		this.jdbc.query("select m.ecosystem_id, m.company_id from ecosystem_membership m"
				+ " join ecosystem e on e.id = m.ecosystem_id"
				+ " where m.status = 'ACTIVE' and m.company_id in (:partners) and e.open_to_members"
				+ " and e.status <> 'DISSOLVED' and not exists (select 1 from ecosystem_membership mine"
				+ " where mine.ecosystem_id = e.id and mine.company_id = :me"
				+ " and mine.status in ('ACTIVE', 'REQUESTED', 'INVITED')) order by m.ecosystem_id, m.company_id",
				new MapSqlParameterSource("partners", names.keySet()).addValue("me", companyId), (rs) -> {
					found.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(names.get(rs.getLong(2)));
				});
		List<Long> ranked = found.keySet()
			.stream()
			.sorted(Comparator.comparingInt((Long id) -> found.get(id).size()).reversed())
			.limit(PartnerSuggestions.ECOSYSTEMS)
			.toList();
		return this.reads.summaries(ranked)
			.stream()
			.map((summary) -> new EcosystemToJoin(summary, List.copyOf(found.get(summary.id()))))
			.toList();
	}

}
