package fr.coopex.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.Insiders;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Stands in lists (a viewer's, a coordinator's, a fair's) and as other modules read them,
 * each in a fixed number of queries whatever the number of the viewer's ecosystems.
 */
@Component
class StandLists {

	private final Stands stands;

	private final StandBookings bookings;

	private final FairCalendar calendar;

	private final StandAccess access;

	private final EcosystemManagement ecosystems;

	private final CompanyManagement companies;

	private final Participations participations;

	StandLists(Stands stands, StandBookings bookings, FairCalendar calendar, StandAccess access,
			EcosystemManagement ecosystems, CompanyManagement companies, Participations participations) {
		this.stands = stands;
		this.bookings = bookings;
		this.calendar = calendar;
		this.access = access;
		this.ecosystems = ecosystems;
		this.companies = companies;
		this.participations = participations;
	}

	List<StandSummary> visibleTo(CoopexUser viewer, Long ecosystemId) {
		Map<Long, String> names = this.access.insiders(viewer).names();
		if (ecosystemId != null) {
			if (!names.containsKey(ecosystemId)) {
				throw new NotFoundException("ecosystem");
			}
			names = Map.of(ecosystemId, names.get(ecosystemId));
		}
		return summaries(this.stands.findByEcosystemIdInOrderByBookingDeadlineDesc(names.keySet()), names);
	}

	List<StandSummary> coordinatedBy(CoopexUser coordinator) {
		Insiders insiders = this.access.insiders(coordinator);
		Map<Long, String> names = new HashMap<>(insiders.names());
		names.keySet().retainAll(insiders.coordinated());
		return summaries(this.stands.findByEcosystemIdInOrderByBookingDeadlineDesc(names.keySet()), names);
	}

	/** The stands of the viewer's ecosystems at a fair, and whether they may open one. */
	FairStands atFair(CoopexUser viewer, FairView fair) {
		Insiders insiders = this.access.insiders(viewer);
		if (insiders.names().isEmpty()) {
			return FairStands.NONE;
		}
		List<Stand> found = this.stands.findByFairIdAndEcosystemIdIn(fair.id(), insiders.names().keySet());
		List<StandSummary> summaries = summaries(found, insiders.names(), Map.of(fair.id(), fair));
		return new FairStands(summaries, !insiders.coordinated().isEmpty());
	}

	StandView view(long standId) {
		Stand stand = this.stands.findById(standId).orElseThrow(() -> new NotFoundException("stand"));
		FairView fair = this.calendar.find(stand.getFairId());
		List<StandBooking> holding = this.bookings.findByStandIdOrderByBookedAtAscIdAsc(standId)
			.stream()
			.filter((b) -> b.getStatus().holdsArea())
			.toList();
		List<Long> companyIds = holding.stream().map(StandBooking::getCompanyId).toList();
		Map<Long, CompanyCard> cards = this.companies.cardsAtEcosystemLevel(companyIds);
		Map<Long, Integer> previous = this.participations.previous(fair, companyIds);
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

	boolean isCoordinator(CoopexUser user, long standId) {
		return this.stands.findById(standId)
			.map((s) -> user != null && this.ecosystems.isCoordinator(user, s.getEcosystemId()))
			.orElse(false);
	}

	boolean isParticipant(CoopexUser user, long standId) {
		return user != null && user.role() == Role.MEMBER
				&& this.bookings.findByStandIdAndCompanyId(standId, user.organisationId())
					.filter((b) -> b.getStatus().holdsArea())
					.isPresent();
	}

	private List<StandSummary> summaries(List<Stand> found, Map<Long, String> ecosystemNames) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, FairView> fairs = this.calendar.findAll(found.stream().map(Stand::getFairId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(FairView::id, Function.identity()));
		return summaries(found, ecosystemNames, fairs);
	}

	private List<StandSummary> summaries(List<Stand> found, Map<Long, String> ecosystemNames,
			Map<Long, FairView> fairs) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, BigDecimal> held = new HashMap<>();
		this.bookings.heldAreas(found.stream().map(Stand::getId).toList())
			.forEach((row) -> held.put((Long) row[0], (BigDecimal) row[1]));
		return found.stream().map((stand) -> {
			FairView fair = fairs.get(stand.getFairId());
			return new StandSummary(stand.getId(), fair.id(), fair.name(), fair.city(), fair.country(), fair.startsOn(),
					fair.endsOn(), stand.getEcosystemId(), ecosystemNames.get(stand.getEcosystemId()),
					stand.getStatus(), stand.getTotalArea(),
					held.getOrDefault(stand.getId(), BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY),
					stand.getMinShare(), stand.getBookingDeadline());
		}).toList();
	}

}
