package fr.coopex.fairs;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * What the signed-in home page needs of the shared stands, one query per question: the
 * stands open for booking in a company's ecosystems (new ones, and those whose booking
 * closes soon), and each stand's booked area against its total for the coordinators. Only
 * what every member of the ecosystem sees: that a stand exists and what area is left,
 * never who booked what.
 */
@Service
@Transactional(readOnly = true)
public class FairHomeFacts {

	/** How far ahead a deadline counts, and how long a new stand counts as new. */
	public static final int DAYS = 30;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	FairHomeFacts(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A stand of an ecosystem, as its members see it.
	 *
	 * @param booked whether the company asking has a booking on it
	 * @param isNew whether it opened in the last {@value #DAYS} days
	 */
	public record OpenStand(long id, long ecosystemId, String fairName, LocalDate fairStartsOn,
			LocalDate bookingDeadline, boolean booked, boolean isNew) {
	}

	/** A stand's booked area against its total, for its coordinators. */
	public record StandFill(long id, long ecosystemId, String fairName, LocalDate fairStartsOn, StandStatus status,
			BigDecimal totalArea, BigDecimal bookedArea) {

		/** The booked share of the area, in whole percent, for the bar. */
		public int percent() {
			return this.totalArea.signum() == 0 ? 0
					: this.bookedArea.multiply(BigDecimal.valueOf(100))
						.divide(this.totalArea, 0, java.math.RoundingMode.DOWN)
						.intValue();
		}

	}

	/**
	 * The stands open for booking in these ecosystems that opened in the last
	 * {@value #DAYS} days or whose booking closes in the next {@value #DAYS} days,
	 * deadline first.
	 */
	public List<OpenStand> openStands(long companyId, Collection<Long> ecosystemIds) {
		if (ecosystemIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
		Timestamp newSince = Timestamp.from(this.clock.instant().minus(java.time.Duration.ofDays(DAYS)));
		MapSqlParameterSource params = new MapSqlParameterSource("ids", ecosystemIds).addValue("company", companyId)
			.addValue("today", Date.valueOf(today))
			.addValue("until", Date.valueOf(today.plusDays(DAYS)))
			.addValue("since", newSince);
		return this.jdbc.query("select s.id, s.ecosystem_id, f.name, f.starts_on, s.booking_deadline, "
				+ "exists (select 1 from stand_booking b where b.stand_id = s.id and b.company_id = :company "
				+ "and b.status = 'BOOKED') as booked, s.created_at >= :since as is_new "
				+ "from stand s join fair f on f.id = s.fair_id where s.ecosystem_id in (:ids) and s.status = 'OPEN' "
				+ "and s.booking_deadline >= :today " + "and (s.created_at >= :since or s.booking_deadline <= :until) "
				+ "order by s.booking_deadline, s.id limit 20", params,
				(rs, i) -> new OpenStand(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
						rs.getDate(5).toLocalDate(), rs.getBoolean(6), rs.getBoolean(7)));
	}

	/**
	 * The stands of these ecosystems still being booked or run, with their booked area.
	 */
	public List<StandFill> fills(Collection<Long> ecosystemIds) {
		if (ecosystemIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
		MapSqlParameterSource params = new MapSqlParameterSource("ids", ecosystemIds).addValue("today",
				Date.valueOf(today));
		return this.jdbc.query("select s.id, s.ecosystem_id, f.name, f.starts_on, s.status, s.total_area, "
				+ "coalesce((select sum(b.area) from stand_booking b where b.stand_id = s.id "
				+ "and b.status in ('BOOKED', 'CANCELLED_OWING')), 0) from stand s join fair f on f.id = s.fair_id "
				+ "where s.ecosystem_id in (:ids) and s.status in ('OPEN', 'CLOSED', 'CONFIRMED') "
				+ "and f.ends_on >= :today order by f.starts_on, s.id", params,
				(rs, i) -> new StandFill(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
						StandStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getBigDecimal(7)));
	}

}
