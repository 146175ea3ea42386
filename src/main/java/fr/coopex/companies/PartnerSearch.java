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

	/** A company's choice changed: suggestions built before it are stale. */
	public record SuggestionSettingChanged(long companyId, boolean suggestible) {
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
		String sql = "select m.company_id from company_market m join company_profile p on p.company_id = m.company_id"
				+ " where m.code = :market and m.company_id <> :me and ((m.kind = 'TARGETED' and "
				+ CompanyDirectory.visible("MARKETS_TARGETED") + ") or (m.kind = 'SERVED' and "
				+ CompanyDirectory.visible("MARKETS_SERVED") + "))"
				+ " and not exists (select 1 from company_suggestion_opt_out o where o.company_id = m.company_id)"
				+ " order by m.company_id desc limit :limit";
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
