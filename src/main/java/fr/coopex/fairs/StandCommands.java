package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.fairs.Stand.BookingRequest;
import fr.coopex.fairs.StandEvents.StandBooked;
import fr.coopex.fairs.StandEvents.StandBookingCancelled;
import fr.coopex.fairs.StandEvents.StandBookingChanged;
import fr.coopex.fairs.StandManagement.StandDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * What coordinators and member companies do to stands, each in the transaction the
 * {@link StandManagement} facade opens: the stand decides ({@link Stand}), its pool
 * follows ({@link StandLedger}), and what member companies do is told to the ecosystem's
 * coordinators ({@link StandEvents}).
 */
@Component
class StandCommands {

	private final Stands stands;

	private final StandBookings bookings;

	private final FairCalendar calendar;

	private final StandAccess access;

	private final StandLedger ledger;

	private final Participations participations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StandCommands(Stands stands, StandBookings bookings, FairCalendar calendar, StandAccess access, StandLedger ledger,
			Participations participations, ApplicationEventPublisher events, Clock clock) {
		this.stands = stands;
		this.bookings = bookings;
		this.calendar = calendar;
		this.access = access;
		this.ledger = ledger;
		this.participations = participations;
		this.events = events;
		this.clock = clock;
	}

	long open(CoopexUser coordinator, long fairId, long ecosystemId, StandDraft draft) {
		Fair fair = this.calendar.fair(fairId);
		this.access.requireCoordinator(coordinator, ecosystemId);
		LocalDate today = this.calendar.today();
		if (fair.getEndsOn().isBefore(today)) {
			throw new FairException("fairId", "fairs.stand.fair-past");
		}
		Instant now = this.clock.instant();
		Stand stand = new Stand(fairId, ecosystemId, coordinator.id(), now);
		stand.describe(draft, fair.getEndsOn(), today, BigDecimal.ZERO, now);
		stand = this.stands.saveAndFlush(stand);
		this.ledger.openPool(coordinator, stand, fair);
		return stand.getId();
	}

	void update(CoopexUser coordinator, long standId, long version, StandDraft draft) {
		Stand stand = this.access.lock(standId);
		this.access.requireCoordinatorOf(coordinator, stand);
		stand.redescribe(version, draft, this.calendar.fair(stand.getFairId()).getEndsOn(), this.calendar.today(),
				this.bookings.heldArea(standId), this.clock.instant());
	}

	void changeStatus(CoopexUser coordinator, long standId, long version, StandStatus next) {
		Stand stand = this.access.lock(standId);
		this.access.requireCoordinatorOf(coordinator, stand);
		StandStatus previous = stand.getStatus();
		List<StandBooking> all = this.bookings.findByStandIdOrderByBookedAtAscIdAsc(standId);
		Instant now = this.clock.instant();
		stand.changeStatus(version, next, all.stream().anyMatch((b) -> b.getStatus() == BookingStatus.BOOKED), now);
		if (next == StandStatus.CONFIRMED) {
			this.participations.record(stand, all, now);
		}
		if (next == StandStatus.CANCELLED && previous == StandStatus.CONFIRMED) {
			this.participations.removeAll(standId);
		}
		this.ledger.follow(coordinator, stand, next);
	}

	void waive(CoopexUser coordinator, long standId, long bookingId) {
		Stand stand = this.access.lock(standId);
		this.access.requireCoordinatorOf(coordinator, stand);
		StandBooking booking = this.bookings.findById(bookingId).orElse(null);
		stand.waive(booking, this.clock.instant());
		this.ledger.withdraw(coordinator, stand, booking.getCompanyId());
	}

	void book(CoopexUser member, long standId, BigDecimal area, Long expectedVersion) {
		Stand stand = this.access.lock(standId);
		Standing standing = this.access.requireInsider(member, stand.getEcosystemId());
		StandBooking current = this.bookings.findByStandIdAndCompanyId(standId, member.organisationId()).orElse(null);
		BigDecimal previousArea = (current != null && current.getStatus() == BookingStatus.BOOKED) ? current.getArea()
				: null;
		boolean known = current != null;
		StandBooking booking = stand.book(
				new BookingRequest(member.organisationId(), member.id(), standing.activeMember(), area,
						expectedVersion),
				current, this.bookings.heldArea(standId), this.calendar.today(), this.clock.instant());
		if (!known) {
			booking = this.bookings.save(booking);
		}
		this.bookings.flush();
		String fairName = this.calendar.fair(stand.getFairId()).getName();
		if (previousArea != null) {
			this.events.publishEvent(new StandBookingChanged(standId, booking.getId(), stand.getEcosystemId(), fairName,
					member.organisationId(), member.organisationName(), previousArea, booking.getArea(), member.id()));
		}
		else {
			this.events.publishEvent(new StandBooked(standId, booking.getId(), stand.getEcosystemId(), fairName,
					member.organisationId(), member.organisationName(), booking.getArea(), member.id()));
		}
		this.ledger.join(member, stand, booking.getArea(), known);
	}

	void cancel(CoopexUser member, long standId, long expectedVersion) {
		Stand stand = this.access.lock(standId);
		this.access.requireInsider(member, stand.getEcosystemId());
		StandBooking booking = this.bookings.findByStandIdAndCompanyId(standId, member.organisationId()).orElse(null);
		boolean owing = stand.withdraw(member.role() == Role.MEMBER, booking, expectedVersion, this.calendar.today(),
				this.clock.instant());
		if (stand.getStatus() == StandStatus.CONFIRMED) {
			this.participations.remove(standId, member.organisationId());
		}
		this.bookings.flush();
		if (!owing) {
			this.ledger.withdraw(member, stand, member.organisationId());
		}
		this.events.publishEvent(new StandBookingCancelled(standId, booking.getId(), stand.getEcosystemId(),
				this.calendar.fair(stand.getFairId()).getName(), member.organisationId(), member.organisationName(),
				booking.getArea(), owing, member.id()));
	}

}
