package fr.coopex.fairs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.MemberDeparture;
import fr.coopex.shared.security.CoopexUser;

/**
 * A member company removed from an ecosystem withdraws from the stands it booked there,
 * as a cancellation by the company would: before the deadline, while the stand is not
 * confirmed, it leaves the stand's cost pool (the other shares are split again); later,
 * its share stays due until the coordinator waives it. Stands cancelled or settled are
 * left as they are.
 */
@Component
class StandDeparture implements MemberDeparture {

	private final Stands stands;

	private final StandBookings bookings;

	private final StandAccess access;

	private final StandLedger ledger;

	private final Participations participations;

	private final FairCalendar calendar;

	private final Clock clock;

	StandDeparture(Stands stands, StandBookings bookings, StandAccess access, StandLedger ledger,
			Participations participations, FairCalendar calendar, Clock clock) {
		this.stands = stands;
		this.bookings = bookings;
		this.access = access;
		this.ledger = ledger;
		this.participations = participations;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<Effect> effects(long ecosystemId, long companyId) {
		LocalDate today = this.calendar.today();
		List<Effect> effects = new ArrayList<>();
		for (Stand stand : booked(ecosystemId)) {
			this.bookings.findByStandIdAndCompanyId(stand.getId(), companyId)
				.filter((booking) -> booking.getStatus() == BookingStatus.BOOKED)
				.ifPresent((booking) -> effects.add(new Effect(this.calendar.fair(stand.getFairId()).getName(),
						stand.owesOnWithdrawal(today), booking.getArea())));
		}
		return effects;
	}

	@Override
	public void apply(CoopexUser coordinator, long ecosystemId, long companyId) {
		LocalDate today = this.calendar.today();
		for (Stand found : booked(ecosystemId)) {
			Stand stand = this.access.lock(found.getId());
			StandBooking booking = this.bookings.findByStandIdAndCompanyId(stand.getId(), companyId)
				.filter((b) -> b.getStatus() == BookingStatus.BOOKED)
				.orElse(null);
			if (booking == null) {
				continue;
			}
			boolean owing = stand.owesOnWithdrawal(today);
			booking.cancel(owing, this.clock.instant());
			if (stand.getStatus() == StandStatus.CONFIRMED) {
				this.participations.remove(stand.getId(), companyId);
			}
			this.bookings.flush();
			if (!owing) {
				this.ledger.withdraw(coordinator, stand, companyId);
			}
		}
	}

	/** The ecosystem's stands that are not over. */
	private List<Stand> booked(long ecosystemId) {
		return this.stands.findByEcosystemIdInOrderByBookingDeadlineDesc(List.of(ecosystemId))
			.stream()
			.filter((stand) -> !stand.getStatus().isFinished())
			.toList();
	}

}
