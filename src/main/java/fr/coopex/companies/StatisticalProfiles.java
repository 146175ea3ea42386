package fr.coopex.companies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company profiles as the observatory may count them: each field only when the
 * company shows it beyond its own people (public or to its ecosystems) or agreed to be
 * counted ({@link StatisticsConsent}). The coopetition wall holds here, in the module
 * that owns the profiles, so that no other module ever reads a private field.
 */
@Component
public class StatisticalProfiles {

	private final JdbcTemplate jdbc;

	StatisticalProfiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every company registered in one of these regions, or in the whole country when
	 * {@code regions} is null. A company whose region is not shared counts only
	 * nationally.
	 */
	@Transactional(readOnly = true)
	public List<StatisticalProfile> within(Collection<Region> regions) {
		return within(regions, null);
	}

	/**
	 * As {@link #within(Collection)}, each profile saying whether the company is among
	 * {@code ecosystemMembers} (the companies active in some ecosystem, which the
	 * observatory reads from the ecosystems module; null: not said).
	 */
	@Transactional(readOnly = true)
	public List<StatisticalProfile> within(Collection<Region> regions, Set<Long> ecosystemMembers) {
		if (regions != null && regions.isEmpty()) {
			return List.of();
		}
		// Only the territory's rows are read (a company whose region is not shared is
		// then left out below), and each market code is kept once: a territory's
		// profiles are held in memory while its figures are computed.
		Object[] args = codes(regions);
		String where = inTerritory(args);
		Map<String, String> codes = new HashMap<>();
		Map<Long, Map<String, Set<String>>> markets = new HashMap<>();
		this.jdbc.query("select m.company_id, m.kind, m.code from company_market m"
				+ " join company_profile p on p.company_id = m.company_id" + where, (rs) -> {
					String code = codes.computeIfAbsent(rs.getString(3), (c) -> c);
					markets.computeIfAbsent(rs.getLong(1), (id) -> new HashMap<>())
						.computeIfAbsent(rs.getString(2), (kind) -> new HashSet<>())
						.add(code);
				}, args);
		List<StatisticalProfile> profiles = new ArrayList<>();
		this.jdbc.query("select p.company_id, p.region, p.headcount_band, p.turnover_band, p.naf_code, p.innovative, "
				+ "p.export_situation, p.export_share, p.export_staff, p.obstacles, p.reticences, p.public_fields, "
				+ "p.ecosystem_fields, c.consented from company_profile p "
				+ "left join company_statistics_consent c on c.company_id = p.company_id" + where, (rs) -> {
					Shown shown = new Shown(rs.getString(12), rs.getString(13), rs.getBoolean(14));
					Region region = shown.region(rs.getString(2));
					if (!counts(regions, region)) {
						return;
					}
					Map<String, Set<String>> own = markets.getOrDefault(rs.getLong(1), Map.of());
					profiles.add(new StatisticalProfile(region,
							shown.has(ProfileField.HEADCOUNT) ? band(rs.getString(3), HeadcountBand.class) : null,
							shown.has(ProfileField.TURNOVER) ? band(rs.getString(4), TurnoverBand.class) : null,
							shown.has(ProfileField.NAF) ? division(rs.getString(5)) : null,
							shown.has(ProfileField.INNOVATION) ? (Boolean) rs.getObject(6) : null,
							shown.has(ProfileField.EXPORT_SITUATION) ? band(rs.getString(7), ExportSituation.class)
									: null,
							shown.has(ProfileField.EXPORT_SHARE) ? (Integer) rs.getObject(8, Integer.class) : null,
							shown.has(ProfileField.EXPORT_STAFF) ? (Integer) rs.getObject(9, Integer.class) : null,
							shown.has(ProfileField.MARKETS_SERVED) ? own.get(MarketEntry.SERVED) : null,
							shown.has(ProfileField.MARKETS_TARGETED) ? own.get(MarketEntry.TARGETED) : null,
							shown.has(ProfileField.OBSTACLES) ? CompanyProfile.split(rs.getString(10), Obstacle.class)
									: null,
							shown.has(ProfileField.RETICENCES) ? CompanyProfile.split(rs.getString(11), Reticence.class)
									: null,
							(ecosystemMembers != null) ? ecosystemMembers.contains(rs.getLong(1)) : null));
				}, args);
		return profiles;
	}

	/**
	 * The ids of the companies registered in one of these regions (whose region is shared
	 * as for {@link #within(Collection)}), or of every company when {@code regions} is
	 * null: for the observatory to tell which ecosystems work in a territory; never
	 * shown.
	 */
	@Transactional(readOnly = true)
	public Set<Long> companyIdsWithin(Collection<Region> regions) {
		Set<Long> ids = new HashSet<>();
		if (regions != null && regions.isEmpty()) {
			return ids;
		}
		Object[] args = codes(regions);
		this.jdbc.query("select p.company_id, p.region, p.public_fields, p.ecosystem_fields, c.consented "
				+ "from company_profile p left join company_statistics_consent c on c.company_id = p.company_id"
				+ inTerritory(args), (rs) -> {
					if (counts(regions,
							new Shown(rs.getString(3), rs.getString(4), rs.getBoolean(5)).region(rs.getString(2)))) {
						ids.add(rs.getLong(1));
					}
				}, args);
		return ids;
	}

	/**
	 * Whether a company whose region is {@code region} (null: not shared) counts in
	 * {@code regions} (null: the whole country).
	 */
	private static boolean counts(Collection<Region> regions, Region region) {
		return regions == null || (region != null && regions.contains(region));
	}

	/**
	 * The regions' codes as stored, the arguments of {@link #inTerritory}; none for the
	 * whole country.
	 */
	private static Object[] codes(Collection<Region> regions) {
		return (regions == null) ? new Object[0] : regions.stream().map(Region::code).toArray();
	}

	/**
	 * SQL: profile {@code p} is registered in one of the regions whose codes are given.
	 */
	private static String inTerritory(Object[] codes) {
		return (codes.length == 0) ? ""
				: " where p.region in (" + String.join(", ", Collections.nCopies(codes.length, "?")) + ")";
	}

	private static <E extends Enum<E>> E band(String name, Class<E> type) {
		return (name == null || name.isBlank()) ? null : Enum.valueOf(type, name);
	}

	private static String division(String naf) {
		return (naf == null || naf.length() < 2) ? null : naf.substring(0, 2);
	}

	/** Which fields of a company may be counted. */
	private record Shown(String publicFields, String ecosystemFields, boolean consented) {

		/** The company's region when it may be counted, else null. */
		Region region(String stored) {
			return has(ProfileField.REGION) ? Region.parse(stored).orElse(null) : null;
		}

		boolean has(ProfileField field) {
			String marker = "," + field.name() + ",";
			return this.consented || (this.publicFields != null && this.publicFields.contains(marker))
					|| (this.ecosystemFields != null && this.ecosystemFields.contains(marker));
		}

	}

}
