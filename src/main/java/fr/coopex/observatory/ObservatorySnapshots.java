package fr.coopex.observatory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;
import fr.coopex.companies.StatisticalProfile;
import fr.coopex.companies.StatisticalProfiles;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.config.ClockConfiguration;

/**
 * The monthly snapshots behind the trends: every night, once across instances (ShedLock),
 * the month's snapshot is taken if it is not there yet, per region and for the whole
 * country, from the profiles as the observatory may count them.
 */
@Component
public class ObservatorySnapshots {

	/** The key of the whole country's rows. */
	static final String NATIONAL = "FR";

	/** How many months a trend shows. */
	static final int MONTHS = 12;

	private final NamedParameterJdbcTemplate jdbc;

	private final StatisticalProfiles profiles;

	private final Clock clock;

	ObservatorySnapshots(NamedParameterJdbcTemplate jdbc, StatisticalProfiles profiles, Clock clock) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.clock = clock;
	}

	/**
	 * The nightly run.
	 * @return how many rows it wrote (none when the month's snapshot exists)
	 */
	@Scheduled(cron = "${coopex.observatory.snapshot-cron:0 15 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "observatory-snapshot", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public int takeMonthly() {
		return takeAt(this.clock);
	}

	/**
	 * The snapshot of the month of the given clock's date, if not taken yet. The reports
	 * kept on this instance, which carry the trend, are dropped (other instances show the
	 * new month within the hour).
	 */
	@Transactional
	@CacheEvict(cacheNames = CacheConfiguration.OBSERVATORY, allEntries = true)
	public int takeAt(Clock at) {
		LocalDate month = LocalDate.ofInstant(at.instant(), ClockConfiguration.PARIS).withDayOfMonth(1);
		Integer taken = this.jdbc.queryForObject(
				"select count(*) from observatory_snapshot where snapshot_month = :month", Map.of("month", month),
				Integer.class);
		if (taken != null && taken > 0) {
			return 0;
		}
		Map<String, int[]> counts = new TreeMap<>();
		for (StatisticalProfile p : this.profiles.within(null)) {
			add(counts.computeIfAbsent(NATIONAL, (k) -> new int[4]), p);
			if (p.region() != null) {
				add(counts.computeIfAbsent(p.region().name(), (k) -> new int[4]), p);
			}
		}
		Timestamp now = Timestamp.from(at.instant());
		counts.forEach((region, c) -> this.jdbc.update(
				"insert into observatory_snapshot (snapshot_month, region, situation_lent, exporting, obstacles_lent, with_obstacles, taken_at) "
						+ "values (:month, :region, :a, :b, :c, :d, :at)",
				new MapSqlParameterSource().addValue("month", month)
					.addValue("region", region)
					.addValue("a", c[0])
					.addValue("b", c[1])
					.addValue("c", c[2])
					.addValue("d", c[3])
					.addValue("at", now)));
		return counts.size();
	}

	/** The last months of a territory (null: the whole country), oldest first. */
	@Transactional(readOnly = true)
	public List<TrendPoint> trend(Collection<Region> regions) {
		List<String> keys = (regions == null) ? List.of(NATIONAL) : regions.stream().map(Region::name).toList();
		if (keys.isEmpty()) {
			return List.of();
		}
		List<TrendPoint> points = new ArrayList<>();
		this.jdbc
			.query("select snapshot_month, sum(situation_lent), sum(exporting), sum(obstacles_lent), sum(with_obstacles) "
					+ "from observatory_snapshot where region in (:keys) group by snapshot_month order by snapshot_month desc",
					Map.of("keys", keys), (rs) -> {
						if (points.size() < MONTHS) {
							points.add(0,
									new TrendPoint(rs.getObject(1, LocalDate.class),
											TrendPoint.of("exporting", rs.getLong(3), rs.getLong(2)),
											TrendPoint.of("with-obstacles", rs.getLong(5), rs.getLong(4))));
						}
					});
		return points;
	}

	private static void add(int[] c, StatisticalProfile p) {
		if (p.exportSituation() != null) {
			c[0]++;
			if (p.exportSituation() == ExportSituation.EXPORTING) {
				c[1]++;
			}
		}
		if (p.obstacles() != null) {
			c[2]++;
			if (!p.obstacles().isEmpty()) {
				c[3]++;
			}
		}
	}

}
