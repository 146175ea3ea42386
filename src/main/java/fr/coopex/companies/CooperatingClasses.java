package fr.coopex.companies;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.companies.PartnerSearch.ClassPair;
import fr.coopex.companies.PartnerSearch.Cooperation;

/**
 * Counts in one aggregate query the pairs of NAF classes whose companies cooperate in
 * enough distinct ecosystems.
 */
@Component
class CooperatingClasses {

	private final NamedParameterJdbcTemplate jdbc;

	CooperatingClasses(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The pairs of classes (see {@link PartnerSearch#cooperatingClasses}). */
	List<ClassPair> count(List<Cooperation> cooperations, int minimum) {
		if (cooperations.isEmpty()) {
			return List.of();
		}
		int size = cooperations.size();
		Long[] ecosystems = new Long[size];
		String[] groups = new String[size];
		Long[] companyIds = new Long[size];
		Boolean[] members = new Boolean[size];
		for (int i = 0; i < size; i++) {
			Cooperation cooperation = cooperations.get(i);
			ecosystems[i] = cooperation.ecosystemId();
			groups[i] = cooperation.group();
			companyIds[i] = cooperation.companyId();
			members[i] = cooperation.member();
		}
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("ecosystems", new SqlParameterValue(Types.ARRAY, ecosystems))
			.addValue("groups", new SqlParameterValue(Types.ARRAY, groups))
			.addValue("companies", new SqlParameterValue(Types.ARRAY, companyIds))
			.addValue("members", new SqlParameterValue(Types.ARRAY, members))
			.addValue("minimum", minimum);
		// standard SQL array casts, which PostgreSQL and H2 (the demo run) both read
		return this.jdbc.query(
				"""
						with together (ecosystem_id, grp, company_id, member) as (
						  select * from unnest(cast(:ecosystems as bigint array), cast(:groups as varchar array),
						                       cast(:companies as bigint array), cast(:members as boolean array))
						), seen as (
						  select distinct t.ecosystem_id, t.grp, substr(p.naf_code, 1, 5) as naf_class
						  from together t join company_profile p on p.company_id = t.company_id
						  where length(p.naf_code) >= 5
						    and (p.public_fields like '%,NAF,%' or (t.member and p.ecosystem_fields like '%,NAF,%'))
						    and not exists (select 1 from company_suggestion_opt_out o where o.company_id = t.company_id)
						)
						select a.naf_class, b.naf_class, count(distinct a.ecosystem_id)
						from seen a join seen b on b.ecosystem_id = a.ecosystem_id and b.grp = a.grp and a.naf_class < b.naf_class
						group by a.naf_class, b.naf_class
						having count(distinct a.ecosystem_id) >= :minimum
						order by 1, 2
						""",
				params, (rs, i) -> new ClassPair(rs.getString(1), rs.getString(2), rs.getInt(3)));
	}

}
