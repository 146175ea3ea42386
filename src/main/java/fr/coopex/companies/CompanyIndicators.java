package fr.coopex.companies;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates over a set of companies for the indicators other modules compute
 * (labelling): counts only, never a company's field.
 */
@Component
public class CompanyIndicators {

	private final NamedParameterJdbcTemplate jdbc;

	CompanyIndicators(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many of these companies are SMEs by headcount, among those whose headcount band
	 * is known.
	 *
	 * @param smes companies with fewer than 250 people
	 * @param known companies whose headcount band is given
	 */
	public record SizeCount(long smes, long known) {
	}

	@Transactional(readOnly = true)
	public SizeCount sizes(Collection<Long> companyIds) {
		if (companyIds.isEmpty()) {
			return new SizeCount(0, 0);
		}
		List<String> bands = this.jdbc.queryForList(
				"select headcount_band from company_profile where company_id in (:ids) and headcount_band is not null",
				java.util.Map.of("ids", companyIds), String.class);
		long smes = bands.stream().filter((band) -> HeadcountBand.valueOf(band).isSme()).count();
		return new SizeCount(smes, bands.size());
	}

	/**
	 * The regions (names of {@link Region}) where at least one of these companies is
	 * registered: where an ecosystem of them works, for the schemes open to it.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<String> regions(Collection<Long> companyIds) {
		if (companyIds.isEmpty()) {
			return java.util.Set.of();
		}
		java.util.Set<String> regions = new java.util.TreeSet<>();
		this.jdbc
			.queryForList(
					"select distinct region from company_profile where company_id in (:ids) and region is not null",
					java.util.Map.of("ids", companyIds), String.class)
			.forEach((code) -> Region.parse(code).ifPresent((region) -> regions.add(region.name())));
		return regions;
	}

}
