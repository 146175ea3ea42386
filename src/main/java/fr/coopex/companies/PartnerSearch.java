package fr.coopex.companies;

import java.sql.Types;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;

/**
 * Candidates for partner suggestions: the companies active on given markets, as far as
 * the viewer may see those markets, leaving out the companies that asked not to be
 * suggested. Each market costs one indexed read of a bounded number of companies, so a
 * suggestion page never scans the company table.
 */
@Service
public class PartnerSearch {

	/** Companies read at most per market. */
	static final int PER_MARKET = 150;

	/** Markets looked at, at most. */
	static final int MAX_MARKETS = 12;

	/**
	 * SQL: the companies with market {@code :market} other than the viewer's, that accept
	 * to be suggested (completed with a condition on {@code m} and {@code p}).
	 */
	private static final String CANDIDATE = "select m.company_id as id from company_market m"
			+ " join company_profile p on p.company_id = m.company_id where m.code = :market and m.company_id <> :me"
			+ " and not exists (select 1 from company_suggestion_opt_out o where o.company_id = m.company_id)";

	/** A company's choice changed: suggestions built before it are stale. */
	public record SuggestionSettingChanged(long companyId, boolean suggestible) {
	}

	/**
	 * One company's part in a cooperation observed on the platform: the companies of one
	 * {@code group} (an ecosystem's members, a stand's exhibitors, a mission's
	 * participants) cooperate within ecosystem {@code ecosystemId}; {@code member} says
	 * whether the company is active in that ecosystem, whose members alone see its
	 * {@link Visibility#ECOSYSTEM} fields.
	 */
	public record Cooperation(long ecosystemId, String group, long companyId, boolean member) {
	}

	/**
	 * Two different NAF classes ({@code first} before {@code second}) whose companies
	 * cooperate in {@code ecosystems} distinct ecosystems.
	 */
	public record ClassPair(String first, String second, int ecosystems) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final CompanyManagement companies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerSearch(NamedParameterJdbcTemplate jdbc, CompanyManagement companies, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Companies with a market in {@code markets} that the viewer may see, other than the
	 * viewer's and {@code excluded}, and that accept to be suggested: the ones sharing
	 * the most markets first, at most {@code limit}.
	 */
	public List<Long> candidates(CoopexUser viewer, Collection<String> markets, Set<Long> excluded, int limit) {
		Set<Long> neighbours = this.companies.neighbours(viewer);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("me", viewer.organisationId())
			.addValue("neighbours", new SqlParameterValue(Types.ARRAY, neighbours.toArray(new Long[0])))
			.addValue("limit", PER_MARKET);
		// Per market: the latest companies showing it publicly, each kind read backwards
		// along its partial index (V155) so that the cost depends on the limit, not on
		// how many companies there are; then the viewer's neighbours showing it to their
		// ecosystems (as many as the viewer has neighbours). Together, the rule of
		// CompanyDirectory.visible.
		String sql = "select c.id from (" + latestShowing("TARGETED", "MARKETS_TARGETED") + " union "
				+ latestShowing("SERVED", "MARKETS_SERVED") + " union (" + CANDIDATE
				+ " and m.company_id = any(:neighbours) and ((m.kind = 'TARGETED' and "
				+ CompanyDirectory.shownToEcosystems("MARKETS_TARGETED") + ") or (m.kind = 'SERVED' and "
				+ CompanyDirectory.shownToEcosystems("MARKETS_SERVED") + ")))) c order by c.id desc limit :limit";
		Map<Long, Integer> shared = new HashMap<>();
		markets.stream().sorted().limit(MAX_MARKETS).forEach((market) -> {
			for (Long id : this.jdbc.queryForList(sql, params.addValue("market", market), Long.class)) {
				if (!excluded.contains(id)) {
					shared.merge(id, 1, Integer::sum);
				}
			}
		});
		return shared.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Integer>comparingByValue()
				.reversed()
				.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * SQL: the latest candidates showing a market of this kind publicly, at most the
	 * limit.
	 */
	private static String latestShowing(String kind, String field) {
		return "(" + CANDIDATE + " and m.kind = '" + kind + "' and " + CompanyDirectory.shownPublicly(field)
				+ " order by m.company_id desc limit :limit)";
	}

	/**
	 * The pairs of NAF classes whose companies cooperate in at least {@code minimum}
	 * distinct ecosystems, counted in one aggregate query over the given cooperations.
	 * <p>
	 * A company lends its class to an ecosystem's count only as far as the members of
	 * that ecosystem could see it: its NAF field is {@link Visibility#PUBLIC}, or
	 * {@link Visibility#ECOSYSTEM} and the company is active in that ecosystem (the rule
	 * of {@link CompanyDirectory#visible}, seen from inside the ecosystem). A
	 * {@link Visibility#PRIVATE} NAF never counts, and neither does the class of a
	 * company that asked not to be suggested. Only classes are counted, never companies,
	 * and a pair seen in fewer than {@code minimum} ecosystems is left out, so that no
	 * single ecosystem or firm can be read from the result.
	 */
	@Transactional(readOnly = true)
	public List<ClassPair> cooperatingClasses(List<Cooperation> cooperations, int minimum) {
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

	/** Whether the company accepts to be suggested to others. */
	@Transactional(readOnly = true)
	public boolean suggestible(long companyId) {
		return this.jdbc
			.queryForList("select company_id from company_suggestion_opt_out where company_id = :id",
					Map.of("id", companyId), Long.class)
			.isEmpty();
	}

	/** The member's company accepts, or no longer accepts, to be suggested. */
	@Transactional
	public void setSuggestible(CoopexUser member, boolean suggestible) {
		long companyId = member.organisationId();
		if (!member.hasRole(fr.coopex.shared.security.Role.MEMBER)) {
			throw new CompanyException(null, "companies.not-a-company");
		}
		this.jdbc.update("delete from company_suggestion_opt_out where company_id = :id", Map.of("id", companyId));
		if (!suggestible) {
			this.jdbc.update("insert into company_suggestion_opt_out (company_id, since) values (:id, :since)",
					new MapSqlParameterSource("id", companyId).addValue("since",
							java.sql.Timestamp.from(this.clock.instant())));
		}
		this.events.publishEvent(new SuggestionSettingChanged(companyId, suggestible));
	}

}
