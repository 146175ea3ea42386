package fr.coopex.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * A stand's page as one viewer may see it, read with two plain queries (the stand with
 * its fair, then its bookings) rather than through the entities: every member opening the
 * stand page pays this read.
 */
@Component
class StandPages {

	private final NamedParameterJdbcTemplate jdbc;

	private final StandAccess access;

	private final CompanyManagement companies;

	private final FairCalendar calendar;

	StandPages(NamedParameterJdbcTemplate jdbc, StandAccess access, CompanyManagement companies,
			FairCalendar calendar) {
		this.jdbc = jdbc;
		this.access = access;
		this.companies = companies;
		this.calendar = calendar;
	}

	/** What the stand page reads of a stand and its fair. */
	private record StandHead(long fairId, long ecosystemId, BigDecimal totalArea, BigDecimal minShare,
			LocalDate bookingDeadline, String description, StandStatus status, Long poolId, long version,
			String fairName, String fairCity, String fairCountry, LocalDate fairStartsOn, LocalDate fairEndsOn) {
	}

	StandPage page(CoopexUser viewer, long standId) {
		StandHead stand = head(standId);
		Standing access = this.access.standing(viewer, stand.ecosystemId());
		if (!access.insider()) {
			throw new NotFoundException("stand");
		}
		List<StandPage.Booking> all = this.jdbc.query(
				"select id, company_id, area, status, booked_at, version from stand_booking where stand_id = :id "
						+ "order by booked_at, id",
				new MapSqlParameterSource("id", standId),
				(rs, i) -> new StandPage.Booking(rs.getLong(1), rs.getLong(2), "", rs.getBigDecimal(3),
						BookingStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getLong(6)));
		StandPage.Booking own = viewer.role() != Role.MEMBER ? null
				: all.stream().filter((b) -> b.companyId() == viewer.organisationId()).findFirst().orElse(null);
		boolean participant = own != null && own.status().holdsArea();
		BigDecimal held = all.stream()
			.filter((b) -> b.status().holdsArea())
			.map(StandPage.Booking::area)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		StandSummary summary = new StandSummary(standId, stand.fairId(), stand.fairName(), stand.fairCity(),
				stand.fairCountry(), stand.fairStartsOn(), stand.fairEndsOn(), stand.ecosystemId(),
				access.ecosystemName(), stand.status(), stand.totalArea(), held.setScale(2, RoundingMode.UNNECESSARY),
				stand.minShare(), stand.bookingDeadline());
		List<StandPage.Booking> lines = List.of();
		if (access.coordinator() || participant) {
			Map<Long, CompanyCard> cards = this.companies
				.cardsAtEcosystemLevel(all.stream().map(StandPage.Booking::companyId).toList());
			lines = all.stream().map((b) -> named(b, cards)).toList();
			own = (own == null) ? null : named(own, cards);
		}
		else if (own != null) {
			own = named(own, this.companies.cardsAtEcosystemLevel(List.of(own.companyId())));
		}
		LocalDate today = this.calendar.today();
		boolean pastDeadline = Stand.isPastDeadline(stand.bookingDeadline(), today);
		return new StandPage(summary, stand.description(), stand.version(), access.coordinator(), participant,
				access.activeMember(), Stand.takesBookings(stand.status(), stand.bookingDeadline(), today),
				pastDeadline, own, lines, access.coordinator() ? stand.status().next() : List.of(), stand.poolId());
	}

	private StandHead head(long standId) {
		return this.jdbc
			.query("select s.fair_id, s.ecosystem_id, s.total_area, s.min_share, s.booking_deadline, s.description, "
					+ "s.status, s.pool_id, s.version, f.name, f.city, f.country, f.starts_on, f.ends_on "
					+ "from stand s join fair f on f.id = s.fair_id where s.id = :id",
					new MapSqlParameterSource("id", standId),
					(rs, i) -> new StandHead(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
							rs.getDate(5).toLocalDate(), rs.getString(6), StandStatus.valueOf(rs.getString(7)),
							rs.getObject(8, Long.class), rs.getLong(9), rs.getString(10), rs.getString(11),
							rs.getString(12), rs.getDate(13).toLocalDate(), rs.getDate(14).toLocalDate()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("stand"));
	}

	private static StandPage.Booking named(StandPage.Booking booking, Map<Long, CompanyCard> cards) {
		CompanyCard card = cards.get(booking.companyId());
		return new StandPage.Booking(booking.id(), booking.companyId(), card == null ? "" : card.displayName(),
				booking.area(), booking.status(), booking.bookedAt(), booking.version());
	}

}
