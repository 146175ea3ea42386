package fr.coopex.companies;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	private final CooperatingClasses classes;

	private final SuggestionOptOuts optOuts;

	PartnerSearch(NamedParameterJdbcTemplate jdbc, CompanyManagement companies, CooperatingClasses classes,
			SuggestionOptOuts optOuts) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.classes = classes;
		this.optOuts = optOuts;
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
		Map<Long, Integer> shared = new HashMap<>();
		markets.stream().sorted().limit(MAX_MARKETS).forEach((market) -> {
			for (Long id : this.jdbc.queryForList(CandidateSql.BY_MARKET, params.addValue("market", market),
					Long.class)) {
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
	 * The pairs of NAF classes whose companies cooperate in at least {@code minimum}
	 * distinct ecosystems, counted in one aggregate query over the given cooperations.
	 * <p>
	 * A company lends its class to an ecosystem's count only as far as the members of
	 * that ecosystem could see it: its NAF field is {@link Visibility#PUBLIC}, or
	 * {@link Visibility#ECOSYSTEM} and the company is active in that ecosystem (the rule
	 * of {@link DirectorySql#visible}, seen from inside the ecosystem). A
	 * {@link Visibility#PRIVATE} NAF never counts, and neither does the class of a
	 * company that asked not to be suggested. Only classes are counted, never companies,
	 * and a pair seen in fewer than {@code minimum} ecosystems is left out, so that no
	 * single ecosystem or firm can be read from the result.
	 */
	@Transactional(readOnly = true)
	public List<ClassPair> cooperatingClasses(List<Cooperation> cooperations, int minimum) {
		return this.classes.count(cooperations, minimum);
	}

	/** Whether the company accepts to be suggested to others. */
	@Transactional(readOnly = true)
	public boolean suggestible(long companyId) {
		return this.optOuts.suggestible(companyId);
	}

	/** The member's company accepts, or no longer accepts, to be suggested. */
	@Transactional
	public void setSuggestible(CoopexUser member, boolean suggestible) {
		this.optOuts.setSuggestible(member, suggestible);
	}

}
