package fr.coopex.fairs;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The companies' participation history per fair series: a row per company exhibiting on a
 * confirmed stand, which subsidies look at ("first participation at this fair").
 */
@Component
class Participations {

	private final NamedParameterJdbcTemplate jdbc;

	private final FairCalendar calendar;

	Participations(NamedParameterJdbcTemplate jdbc, FairCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The stand is confirmed: each company booked exhibits at the fair. */
	void record(Stand stand, List<StandBooking> all, Instant now) {
		FairView fair = this.calendar.find(stand.getFairId());
		for (StandBooking booking : all) {
			if (booking.getStatus() == BookingStatus.BOOKED) {
				this.jdbc.update("""
						insert into stand_participation (stand_id, company_id, fair_id, series_id, area, confirmed_at)
						values (:stand, :company, :fair, :series, :area, :at)
						""",
						new MapSqlParameterSource("stand", stand.getId()).addValue("company", booking.getCompanyId())
							.addValue("fair", fair.id())
							.addValue("series", fair.series())
							.addValue("area", booking.getArea())
							.addValue("at", Timestamp.from(now)));
			}
		}
	}

	/** A confirmed stand was cancelled: nobody exhibited on it. */
	void removeAll(long standId) {
		this.jdbc.update("delete from stand_participation where stand_id = :stand",
				new MapSqlParameterSource("stand", standId));
	}

	/** A company withdrew from a confirmed stand. */
	void remove(long standId, long companyId) {
		this.jdbc.update("delete from stand_participation where stand_id = :stand and company_id = :company",
				new MapSqlParameterSource("stand", standId).addValue("company", companyId));
	}

	/** Confirmed stands of each company at the earlier editions of the fair. */
	Map<Long, Integer> previous(FairView fair, Collection<Long> companyIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (companyIds.isEmpty()) {
			return counts;
		}
		this.jdbc.query("""
				select p.company_id, count(*) from stand_participation p join fair f on f.id = p.fair_id
				where p.series_id = :series and f.starts_on < :start and p.company_id in (:companies)
				group by p.company_id
				""", new MapSqlParameterSource("series", fair.series()).addValue("start", Date.valueOf(fair.startsOn()))
			.addValue("companies", companyIds), (rs) -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	/** Confirmed stands of a company at every edition of the fair's series. */
	int count(long companyId, long fairId) {
		FairView fair = this.calendar.find(fairId);
		Integer count = this.jdbc.queryForObject(
				"select count(*) from stand_participation where company_id = :company and series_id = :series",
				new MapSqlParameterSource("company", companyId).addValue("series", fair.series()), Integer.class);
		return count == null ? 0 : count;
	}

}
