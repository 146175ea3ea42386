package fr.coopex.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.fairs.StandEvents.ConfirmedShare;
import fr.coopex.fairs.StandEvents.StandBooked;
import fr.coopex.fairs.StandEvents.StandBookingCancelled;
import fr.coopex.fairs.StandEvents.StandBookingChanged;
import fr.coopex.fairs.StandEvents.StandBookingWaived;
import fr.coopex.fairs.StandEvents.StandConfirmed;
import fr.coopex.fairs.StandEvents.StandOpened;
import fr.coopex.fairs.StandEvents.StandStatusChanged;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Text;

/**
 * Shared stands and their bookings. Every rule is checked here: the ecosystem's
 * coordinators open and run a stand; its active member companies book area; bookings of a
 * stand are serialised by a lock on the stand's row, so that they never exceed its area
 * whatever the concurrency. A stand the caller may not know about answers as if it did
 * not exist ({@link NotFoundException}).
 * <p>
 * Each stand has its cost pool in the {@link Ledger}, kept in step in the same
 * transaction as the stand (a refusal of the ledger undoes the stand's change too):
 * <ul>
 * <li>opening a stand opens its pool (split by area) and attaches it;</li>
 * <li>a booking joins the pool with the company's area and the facts subsidies look at; a
 * change of area updates it; booking again after a cancellation joins again;</li>
 * <li>a cancellation before the deadline withdraws the company from the pool; a late one
 * keeps it in (its share stays due) until the coordinator waives it, which withdraws
 * it;</li>
 * <li>confirming the stand posts the split (so the pool must have its costs by then);
 * opening bookings again reopens a pool posted meanwhile from its console;</li>
 * <li>cancelling or settling the stand leaves the pool as it is: unposted if the stand
 * was never confirmed, posted if it was. Costs already incurred (cancellation fees) are
 * then settled from the pool's console, where the coordinator may also reopen the pool
 * and take costs out.</li>
 * </ul>
 * Stands opened before they had pools (no pool attached) are left out of the ledger.
 */
@Service
public class StandManagement {

	/** The largest area accepted, in m² (a hall, not a stand). */
	static final BigDecimal MAX_AREA = new BigDecimal("99999.99");

	private final Stands stands;

	private final StandBookings bookings;

	private final FairCalendar calendar;

	private final EcosystemManagement ecosystems;

	private final CompanyManagement companies;

	private final Ledger ledger;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StandManagement(Stands stands, StandBookings bookings, FairCalendar calendar, EcosystemManagement ecosystems,
			CompanyManagement companies, Ledger ledger, NamedParameterJdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.stands = stands;
		this.bookings = bookings;
		this.calendar = calendar;
		this.ecosystems = ecosystems;
		this.companies = companies;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a coordinator sets for a stand.
	 *
	 * @param totalArea m², more than zero, at most two decimals
	 * @param minShare the least area a company may book, m²
	 * @param bookingDeadline the last day companies book, change or cancel without owing
	 */
	public record StandDraft(BigDecimal totalArea, BigDecimal minShare, LocalDate bookingDeadline, String description) {
	}

	// --- running a stand
	// ------------------------------------------------------------------------

	/**
	 * A coordinator of the ecosystem opens a shared stand at a fair, and with it the
	 * stand's cost pool (split by area), attached to the stand.
	 */
	@Transactional
	public long open(CoopexUser coordinator, long fairId, long ecosystemId, StandDraft draft) {
		Fair fair = this.calendar.fair(fairId);
		requireCoordinator(coordinator, ecosystemId);
		LocalDate today = this.calendar.today();
		if (fair.getEndsOn().isBefore(today)) {
			throw new FairException("fairId", "fairs.stand.fair-past");
		}
		StandDraft checked = validate(draft, fair, today, null);
		Instant now = this.clock.instant();
		Stand stand = new Stand(fairId, ecosystemId, coordinator.id(), now);
		stand.describe(checked.totalArea(), checked.minShare(), checked.bookingDeadline(), checked.description(), now);
		stand = this.stands.saveAndFlush(stand);
		stand.attachPool(this.ledger.openPool(coordinator, PoolOwnerKind.STAND, stand.getId(), ecosystemId,
				poolTitle(fair), AllocationKey.BY_AREA, Set.of()));
		this.events
			.publishEvent(new StandOpened(stand.getId(), fairId, ecosystemId, stand.getTotalArea(), coordinator.id()));
		return stand.getId();
	}

	/**
	 * A coordinator changes the area, the minimum share, the deadline or the description,
	 * while the stand is open or closed.
	 * @param version the version of the stand the coordinator loaded
	 */
	@Transactional
	public void update(CoopexUser coordinator, long standId, long version, StandDraft draft) {
		Stand stand = lock(standId);
		requireCoordinatorOf(coordinator, stand);
		requireVersion(stand, version);
		if (!stand.getStatus().isEditable()) {
			throw new FairException(null, "fairs.stand.not-editable");
		}
		StandDraft checked = validate(draft, this.calendar.fair(stand.getFairId()), this.calendar.today(), stand);
		if (checked.totalArea().compareTo(this.bookings.heldArea(standId)) < 0) {
			throw new FairException("totalArea", "fairs.stand.area-below-booked");
		}
		stand.describe(checked.totalArea(), checked.minShare(), checked.bookingDeadline(), checked.description(),
				this.clock.instant());
	}

	/**
	 * A coordinator moves the stand on: closes or reopens bookings, confirms it (which
	 * records each exhibitor's participation at the fair and posts the split of the
	 * stand's cost pool: refused, changing nothing, while the pool has no cost), marks it
	 * settled, or cancels it (the pool stays as it is).
	 */
	@Transactional
	public void changeStatus(CoopexUser coordinator, long standId, long version, StandStatus next) {
		Stand stand = lock(standId);
		requireCoordinatorOf(coordinator, stand);
		requireVersion(stand, version);
		StandStatus previous = stand.getStatus();
		if (next == null || !previous.canBecome(next)) {
			throw new FairException("status", "fairs.stand.status.invalid-transition");
		}
		List<StandBooking> all = this.bookings.findByStandIdOrderByBookedAtAscIdAsc(standId);
		if (next == StandStatus.CONFIRMED && all.stream().noneMatch((b) -> b.getStatus() == BookingStatus.BOOKED)) {
			throw new FairException("status", "fairs.stand.confirm-empty");
		}
		Instant now = this.clock.instant();
		stand.changeStatus(next, now);
		if (next == StandStatus.CONFIRMED) {
			recordParticipations(stand, all, now);
		}
		if (next == StandStatus.CANCELLED && previous == StandStatus.CONFIRMED) {
			this.jdbc.update("delete from stand_participation where stand_id = :stand",
					new MapSqlParameterSource("stand", standId));
		}
		if (stand.getPoolId() != null && (next == StandStatus.CONFIRMED || next == StandStatus.OPEN)) {
			PoolView pool = this.ledger.pool(coordinator, stand.getPoolId());
			if (next == StandStatus.CONFIRMED && pool.status() == PoolStatus.OPEN) {
				if (pool.items().isEmpty()) {
					throw new FairException("status", "fairs.stand.confirm-no-costs");
				}
				this.ledger.post(coordinator, stand.getPoolId(), Ledger.ANY_VERSION);
			}
			else if (next == StandStatus.OPEN && pool.status() == PoolStatus.POSTED) {
				// posted from the console while bookings were closed: bookings join it
				// again
				this.ledger.reopen(coordinator, stand.getPoolId(), Ledger.ANY_VERSION);
			}
		}
		this.events.publishEvent(new StandStatusChanged(standId, previous, next, coordinator.id()));
		if (next == StandStatus.CONFIRMED) {
			List<ConfirmedShare> shares = all.stream()
				.filter((b) -> b.getStatus().holdsArea())
				.map((b) -> new ConfirmedShare(b.getId(), b.getCompanyId(), b.getArea(),
						b.getStatus() == BookingStatus.BOOKED))
				.toList();
			this.events.publishEvent(new StandConfirmed(standId, stand.getFairId(), stand.getEcosystemId(),
					stand.getTotalArea(), shares, coordinator.id()));
		}
	}

	/**
	 * A coordinator waives what a company's late cancellation owes: the company leaves
	 * the stand's cost pool, whose costs are split again among the others (and posted
	 * again if the split was confirmed).
	 */
	@Transactional
	public void waive(CoopexUser coordinator, long standId, long bookingId) {
		Stand stand = lock(standId);
		requireCoordinatorOf(coordinator, stand);
		if (stand.getStatus() == StandStatus.SETTLED) {
			throw new FairException(null, "fairs.stand.finished");
		}
		StandBooking booking = this.bookings.findById(bookingId)
			.filter((b) -> b.getStandId() == standId)
			.orElseThrow(() -> new NotFoundException("booking"));
		booking.waive(this.clock.instant());
		if (stand.getPoolId() != null) {
			this.ledger.withdraw(coordinator, stand.getPoolId(), booking.getCompanyId());
		}
		this.events.publishEvent(new StandBookingWaived(standId, bookingId, booking.getCompanyId(), booking.getArea(),
				coordinator.id()));
	}

	// --- booking
	// --------------------------------------------------------------------------------

	/**
	 * A member company books area, or changes the area it booked, while the stand is open
	 * and until the deadline, and joins the stand's cost pool with that area (or updates
	 * it there). The stand's row is locked meanwhile: bookings of the stand are made one
	 * after the other, so that they never add up to more than its area.
	 * @param expectedVersion the version of the company's booking the form was loaded
	 * with, null when it had none: a booking changed meanwhile (by a colleague) is not
	 * overwritten
	 */
	@Transactional
	public void book(CoopexUser member, long standId, BigDecimal area, Long expectedVersion) {
		Stand stand = lock(standId);
		Standing access = access(member, stand.getEcosystemId());
		if (!access.insider()) {
			throw new NotFoundException("stand");
		}
		if (!access.activeMember()) {
			throw new AccessDeniedException("Only the ecosystem's member companies book stand area");
		}
		BigDecimal checked = area(area, "area");
		LocalDate today = this.calendar.today();
		if (stand.getStatus() != StandStatus.OPEN) {
			throw new FairException("area", "fairs.booking.not-open");
		}
		if (stand.isPastDeadline(today)) {
			throw new FairException("area", "fairs.booking.after-deadline");
		}
		StandBooking booking = this.bookings.findByStandIdAndCompanyId(standId, member.organisationId()).orElse(null);
		Long currentVersion = booking == null ? null : booking.getVersion();
		if (!Objects.equals(currentVersion, expectedVersion)) {
			throw new FairException(null, "fairs.booking.changed-meanwhile");
		}
		if (checked.compareTo(stand.getMinShare()) < 0) {
			throw new FairException("area", "fairs.booking.below-minimum");
		}
		BigDecimal held = this.bookings.heldArea(standId);
		boolean changing = booking != null && booking.getStatus() == BookingStatus.BOOKED;
		BigDecimal left = stand.getTotalArea().subtract(held).add(changing ? booking.getArea() : BigDecimal.ZERO);
		if (checked.compareTo(left) > 0) {
			throw new FairException("area", "fairs.booking.more-than-left");
		}
		Instant now = this.clock.instant();
		BigDecimal weight = (booking != null && stand.getPoolId() != null) ? currentWeight(member, stand.getPoolId())
				: BigDecimal.ONE;
		if (booking == null) {
			booking = this.bookings.save(new StandBooking(standId, member.organisationId(), checked, member.id(), now));
			this.bookings.flush();
			this.events
				.publishEvent(new StandBooked(standId, booking.getId(), member.organisationId(), checked, member.id()));
		}
		else if (changing) {
			BigDecimal previous = booking.getArea();
			booking.book(checked, member.id(), now);
			this.bookings.flush();
			this.events.publishEvent(new StandBookingChanged(standId, booking.getId(), member.organisationId(),
					previous, checked, member.id()));
		}
		else {
			booking.book(checked, member.id(), now);
			this.bookings.flush();
			this.events
				.publishEvent(new StandBooked(standId, booking.getId(), member.organisationId(), checked, member.id()));
		}
		if (stand.getPoolId() != null) {
			this.ledger.join(member, stand.getPoolId(), participant(member, stand, checked, weight));
		}
	}

	/**
	 * A member company cancels its booking. Until the deadline, while the stand is not
	 * confirmed, it owes nothing and leaves the stand's cost pool; afterwards it stays in
	 * the pool (its share stays due) unless the coordinator waives it.
	 */
	@Transactional
	public void cancel(CoopexUser member, long standId, long expectedVersion) {
		Stand stand = lock(standId);
		Standing access = access(member, stand.getEcosystemId());
		if (!access.insider()) {
			throw new NotFoundException("stand");
		}
		if (member.role() != Role.MEMBER) {
			throw new AccessDeniedException("Only the ecosystem's member companies cancel bookings");
		}
		if (stand.getStatus().isFinished()) {
			throw new FairException(null, "fairs.stand.finished");
		}
		StandBooking booking = this.bookings.findByStandIdAndCompanyId(standId, member.organisationId())
			.filter((b) -> b.getStatus() == BookingStatus.BOOKED)
			.orElseThrow(() -> new FairException(null, "fairs.booking.none"));
		if (booking.getVersion() != expectedVersion) {
			throw new FairException(null, "fairs.booking.changed-meanwhile");
		}
		boolean owing = stand.isPastDeadline(this.calendar.today()) || stand.getStatus() == StandStatus.CONFIRMED;
		booking.cancel(owing, this.clock.instant());
		if (stand.getStatus() == StandStatus.CONFIRMED) {
			this.jdbc.update("delete from stand_participation where stand_id = :stand and company_id = :company",
					new MapSqlParameterSource("stand", standId).addValue("company", member.organisationId()));
		}
		this.bookings.flush();
		if (!owing && stand.getPoolId() != null) {
			this.ledger.withdraw(member, stand.getPoolId(), member.organisationId());
		}
		this.events.publishEvent(new StandBookingCancelled(standId, booking.getId(), member.organisationId(),
				booking.getArea(), owing, member.id()));
	}

	// --- reading
	// --------------------------------------------------------------------------------

	/**
	 * The stand as this viewer may see it. Read with two plain queries (the stand with
	 * its fair, then its bookings) rather than through the entities: every member opening
	 * the stand page pays this read.
	 */
	@Transactional(readOnly = true)
	public StandPage page(CoopexUser viewer, long standId) {
		StandHead stand = this.jdbc
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
		Standing access = access(viewer, stand.ecosystemId());
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

	/** What the stand page reads of a stand and its fair. */
	private record StandHead(long fairId, long ecosystemId, BigDecimal totalArea, BigDecimal minShare,
			LocalDate bookingDeadline, String description, StandStatus status, Long poolId, long version,
			String fairName, String fairCity, String fairCountry, LocalDate fairStartsOn, LocalDate fairEndsOn) {
	}

	private static StandPage.Booking named(StandPage.Booking booking, Map<Long, CompanyCard> cards) {
		CompanyCard card = cards.get(booking.companyId());
		return new StandPage.Booking(booking.id(), booking.companyId(), card == null ? "" : card.displayName(),
				booking.area(), booking.status(), booking.bookedAt(), booking.version());
	}

	/**
	 * The stands of the ecosystems the viewer coordinates or whose member company it is
	 * (optionally one ecosystem only), the latest deadline first.
	 */
	@Transactional(readOnly = true)
	public List<StandSummary> visibleTo(CoopexUser viewer, Long ecosystemId) {
		Map<Long, String> names = insiderEcosystems(viewer, false);
		if (ecosystemId != null) {
			if (!names.containsKey(ecosystemId)) {
				throw new NotFoundException("ecosystem");
			}
			names = Map.of(ecosystemId, names.get(ecosystemId));
		}
		return summaries(this.stands.findByEcosystemIdInOrderByBookingDeadlineDesc(names.keySet()), names);
	}

	/** The stands of the ecosystems this person coordinates, for the console. */
	@Transactional(readOnly = true)
	public List<StandSummary> coordinatedBy(CoopexUser coordinator) {
		Map<Long, String> names = insiderEcosystems(coordinator, true);
		return summaries(this.stands.findByEcosystemIdInOrderByBookingDeadlineDesc(names.keySet()), names);
	}

	/** The stands at a fair that the viewer may see. */
	@Transactional(readOnly = true)
	public List<StandSummary> atFair(CoopexUser viewer, long fairId) {
		if (viewer == null) {
			return List.of();
		}
		Map<Long, String> names = insiderEcosystems(viewer, false);
		return summaries(this.stands.findByFairIdAndEcosystemIdIn(fairId, names.keySet()), names);
	}

	/** The ecosystems in which this person may open a stand: those they coordinate. */
	@Transactional(readOnly = true)
	public List<EcosystemSummary> ecosystemsToOpenIn(CoopexUser coordinator) {
		return this.ecosystems.mine(coordinator)
			.stream()
			.filter((e) -> this.ecosystems.isCoordinator(coordinator, e.id()))
			.toList();
	}

	/** A stand for other modules (the ledger), with its participants and their facts. */
	@Transactional(readOnly = true)
	public StandView view(long standId) {
		Stand stand = this.stands.findById(standId).orElseThrow(() -> new NotFoundException("stand"));
		FairView fair = this.calendar.find(stand.getFairId());
		List<StandBooking> holding = this.bookings.findByStandIdOrderByBookedAtAscIdAsc(standId)
			.stream()
			.filter((b) -> b.getStatus().holdsArea())
			.toList();
		List<Long> companyIds = holding.stream().map(StandBooking::getCompanyId).toList();
		Map<Long, CompanyCard> cards = this.companies.cardsAtEcosystemLevel(companyIds);
		Map<Long, Integer> previous = previousParticipations(fair, companyIds);
		BigDecimal held = holding.stream().map(StandBooking::getArea).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<StandView.Participant> participants = holding.stream().map((b) -> {
			CompanyCard card = cards.get(b.getCompanyId());
			return new StandView.Participant(b.getId(), b.getCompanyId(), card == null ? null : card.displayName(),
					b.getArea(), b.getStatus() == BookingStatus.BOOKED, previous.getOrDefault(b.getCompanyId(), 0),
					card == null ? null : card.headcount(), card == null ? null : card.exportSituation());
		}).toList();
		return new StandView(stand.getId(), fair.id(), fair.series(), fair.name(), fair.startsOn(),
				stand.getEcosystemId(), stand.getStatus(), stand.getTotalArea(), stand.getMinShare(), held,
				stand.getBookingDeadline(), stand.getPoolId(), stand.getVersion(), participants);
	}

	/** Whether this person coordinates the stand's ecosystem. */
	@Transactional(readOnly = true)
	public boolean isCoordinator(CoopexUser user, long standId) {
		return this.stands.findById(standId)
			.map((s) -> user != null && this.ecosystems.isCoordinator(user, s.getEcosystemId()))
			.orElse(false);
	}

	/**
	 * Whether this person's company holds area on the stand (booked, or owes a late
	 * cancellation).
	 */
	@Transactional(readOnly = true)
	public boolean isParticipant(CoopexUser user, long standId) {
		return user != null && user.role() == Role.MEMBER
				&& this.bookings.findByStandIdAndCompanyId(standId, user.organisationId())
					.filter((b) -> b.getStatus().holdsArea())
					.isPresent();
	}

	/**
	 * How many confirmed stands a company exhibited on at the editions of this fair (this
	 * one and the others of its series), whatever the ecosystem.
	 */
	@Transactional(readOnly = true)
	public int participations(long companyId, long fairId) {
		FairView fair = this.calendar.find(fairId);
		Integer count = this.jdbc.queryForObject(
				"select count(*) from stand_participation where company_id = :company and series_id = :series",
				new MapSqlParameterSource("company", companyId).addValue("series", fair.series()), Integer.class);
		return count == null ? 0 : count;
	}

	// --- internals
	// ------------------------------------------------------------------------------

	/** The pool's title: the fair and its year ("Hannover Messe 2027"). */
	private static String poolTitle(Fair fair) {
		String year = Integer.toString(fair.getStartsOn().getYear());
		String title = fair.getName().contains(year) ? fair.getName() : fair.getName() + " " + year;
		return (title.length() <= 200) ? title : title.substring(0, 200);
	}

	/**
	 * A company as the stand's pool knows it: its name, its area, and what subsidies look
	 * at, as its profile shows them within its ecosystems (a private headcount or export
	 * situation is not used: no subsidy with such a condition then applies), with its
	 * confirmed participations at earlier editions of the fair.
	 */
	private ParticipantDraft participant(CoopexUser member, Stand stand, BigDecimal area, BigDecimal weight) {
		long companyId = member.organisationId();
		CompanyCard card = this.companies.cardsAtEcosystemLevel(List.of(companyId)).get(companyId);
		String name = (card != null && card.displayName() != null) ? card.displayName() : member.organisationName();
		Integer headcount = (card != null && card.headcount() != null) ? card.headcount().max() : null;
		boolean firstTime = card != null && card.exportSituation() != null
				&& card.exportSituation().isFirstTimeExporter();
		int previous = previousParticipations(this.calendar.find(stand.getFairId()), List.of(companyId))
			.getOrDefault(companyId, 0);
		return new ParticipantDraft(companyId, name, area, weight, headcount, firstTime, previous);
	}

	/**
	 * The weight the coordinator may have typed for the company in the pool, kept when it
	 * changes its booking (1 when it is not in the pool).
	 */
	private BigDecimal currentWeight(CoopexUser member, long poolId) {
		return this.ledger.participant(member, poolId, member.organisationId())
			.map(PoolView.Participant::weight)
			.orElse(BigDecimal.ONE);
	}

	private Map<Long, Integer> previousParticipations(FairView fair, Collection<Long> companyIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (companyIds.isEmpty()) {
			return counts;
		}
		this.jdbc.query("""
				select p.company_id, count(*) from stand_participation p join fair f on f.id = p.fair_id
				where p.series_id = :series and f.starts_on < :start and p.company_id in (:companies)
				group by p.company_id
				""",
				new MapSqlParameterSource("series", fair.series())
					.addValue("start", java.sql.Date.valueOf(fair.startsOn()))
					.addValue("companies", companyIds),
				(rs) -> {
					counts.put(rs.getLong(1), rs.getInt(2));
				});
		return counts;
	}

	private void recordParticipations(Stand stand, List<StandBooking> all, Instant now) {
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

	private Stand lock(long standId) {
		return this.stands.lockById(standId).orElseThrow(() -> new NotFoundException("stand"));
	}

	private Standing access(CoopexUser viewer, long ecosystemId) {
		return this.ecosystems.standing(viewer, ecosystemId);
	}

	/**
	 * The stand is unknown to anyone outside its ecosystem; insiders who do not
	 * coordinate it get 403.
	 */
	private void requireCoordinatorOf(CoopexUser user, Stand stand) {
		Standing access = access(user, stand.getEcosystemId());
		if (!access.insider()) {
			throw new NotFoundException("stand");
		}
		if (!access.coordinator()) {
			throw new AccessDeniedException("Not a coordinator of the stand's ecosystem");
		}
	}

	private void requireCoordinator(CoopexUser user, long ecosystemId) {
		this.ecosystems.summary(ecosystemId);
		if (user == null || !this.ecosystems.isCoordinator(user, ecosystemId)) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
	}

	private static void requireVersion(Stand stand, long version) {
		if (stand.getVersion() != version) {
			throw new FairException(null, "fairs.stand.changed-meanwhile");
		}
	}

	private StandDraft validate(StandDraft draft, Fair fair, LocalDate today, Stand existing) {
		BigDecimal total = area(draft.totalArea(), "totalArea");
		BigDecimal min = area(draft.minShare(), "minShare");
		if (min.compareTo(total) > 0) {
			throw new FairException("minShare", "fairs.stand.min-above-total");
		}
		LocalDate deadline = draft.bookingDeadline();
		if (deadline == null) {
			throw new FairException("bookingDeadline", "NotNull");
		}
		boolean unchanged = existing != null && deadline.equals(existing.getBookingDeadline());
		if (!unchanged && deadline.isBefore(today)) {
			throw new FairException("bookingDeadline", "fairs.stand.deadline-past");
		}
		if (deadline.isAfter(fair.getEndsOn())) {
			throw new FairException("bookingDeadline", "fairs.stand.deadline-after-fair");
		}
		String description = Text.clean(draft.description());
		if (description != null && description.length() > 2000) {
			throw new FairException("description", "Size");
		}
		return new StandDraft(total, min, deadline, description);
	}

	/**
	 * An area in m²: more than zero, at most two decimals, at most {@link #MAX_AREA}.
	 */
	static BigDecimal area(BigDecimal area, String field) {
		if (area == null) {
			throw new FairException(field, "NotNull");
		}
		if (area.signum() <= 0) {
			throw new FairException(field, "fairs.area.positive");
		}
		if (area.stripTrailingZeros().scale() > 2) {
			throw new FairException(field, "fairs.area.two-decimals");
		}
		if (area.compareTo(MAX_AREA) > 0) {
			throw new FairException(field, "fairs.area.too-large");
		}
		return area.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * The ecosystems the viewer is inside of (coordinator, or active member company), by
	 * name.
	 */
	private Map<Long, String> insiderEcosystems(CoopexUser viewer, boolean coordinatedOnly) {
		Map<Long, String> names = new java.util.LinkedHashMap<>();
		if (viewer == null) {
			return names;
		}
		for (EcosystemSummary summary : this.ecosystems.mine(viewer)) {
			Standing access = access(viewer, summary.id());
			if (coordinatedOnly ? access.coordinator() : access.insider()) {
				names.put(summary.id(), summary.name());
			}
		}
		return names;
	}

	private List<StandSummary> summaries(List<Stand> found, Map<Long, String> ecosystemNames) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, BigDecimal> held = new HashMap<>();
		this.bookings.heldAreas(found.stream().map(Stand::getId).toList())
			.forEach((row) -> held.put((Long) row[0], (BigDecimal) row[1]));
		Set<Long> fairIds = new LinkedHashSet<>();
		found.forEach((s) -> fairIds.add(s.getFairId()));
		Map<Long, FairView> fairs = new HashMap<>();
		for (Long fairId : fairIds) {
			fairs.put(fairId, this.calendar.find(fairId));
		}
		List<StandSummary> result = new ArrayList<>();
		for (Stand stand : found) {
			result.add(summary(stand, held.getOrDefault(stand.getId(), BigDecimal.ZERO), fairs.get(stand.getFairId()),
					ecosystemNames.get(stand.getEcosystemId())));
		}
		return result;
	}

	private static StandSummary summary(Stand stand, BigDecimal held, FairView fair, String ecosystemName) {
		return new StandSummary(stand.getId(), fair.id(), fair.name(), fair.city(), fair.country(), fair.startsOn(),
				fair.endsOn(), stand.getEcosystemId(), ecosystemName, stand.getStatus(), stand.getTotalArea(),
				held.setScale(2, RoundingMode.UNNECESSARY), stand.getMinShare(), stand.getBookingDeadline());
	}

}
