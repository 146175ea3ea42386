package fr.coopex.fairs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.fairs.StandEvents.StandBooked;
import fr.coopex.fairs.StandEvents.StandBookingCancelled;
import fr.coopex.fairs.StandEvents.StandBookingChanged;
import fr.coopex.fairs.StandManagement.StandDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Shared stands: who opens and books them, what is refused (and changes nothing), what
 * each person sees, late cancellations, and what the ledger will read.
 */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	FairCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Ledger ledger;

	StandFixtures.Ecosystem ecosystem;

	CoopexUser first;

	CoopexUser second;

	CoopexUser third;

	CoopexUser bystander;

	CoopexUser outsider;

	long fair;

	@BeforeAll
	void anEcosystemOfFourCompaniesAndAnOutsider() {
		this.ecosystem = this.standFixtures.ecosystem(4);
		this.first = this.ecosystem.members().get(0);
		this.second = this.ecosystem.members().get(1);
		this.third = this.ecosystem.members().get(2);
		this.bystander = this.ecosystem.members().get(3);
		this.outsider = this.fixtures.member();
		this.fair = this.standFixtures.fair("Automate " + System.nanoTime());
	}

	@Test
	void onlyTheEcosystemsCoordinatorsOpenAStand() {
		StandDraft draft = new StandDraft(new BigDecimal("36"), new BigDecimal("6"),
				this.calendar.today().plusMonths(3), null);
		assertThatThrownBy(() -> this.stands.open(this.first, this.fair, this.ecosystem.id(), draft))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.stands.open(this.fixtures.user(Role.COORDINATOR), this.fair, this.ecosystem.id(), draft))
			.isInstanceOf(AccessDeniedException.class);
		long stand = this.stands.open(this.ecosystem.coordinator(), this.fair, this.ecosystem.id(), draft);
		assertThat(this.stands.view(stand).totalArea()).isEqualByComparingTo("36");
		// with its cost pool, split by area
		assertThat(this.stands.view(stand).poolId()).isNotNull()
			.isEqualTo(this.ledger.poolOf(PoolOwnerKind.STAND, stand).orElseThrow());
	}

	@Test
	void refusesBadStandSettingsFieldByField() {
		assertStandRefused("totalArea", "fairs.area.positive", "-36", "6", 3);
		assertStandRefused("totalArea", "fairs.area.two-decimals", "36.125", "6", 3);
		assertStandRefused("minShare", "fairs.stand.min-above-total", "36", "40", 3);
		assertStandRefused("bookingDeadline", "fairs.stand.deadline-past", "36", "6", -1);
		assertStandRefused("bookingDeadline", "fairs.stand.deadline-after-fair", "36", "6", 24);
	}

	@Test
	void membersBookChangeAndCancelUntilTheDeadline() {
		long stand = this.standFixtures.stand(this.ecosystem, this.fair, "36", "6");
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		this.stands.book(this.third, stand, new BigDecimal("15"), null);
		assertThat(this.stands.view(stand).areaLeft()).isEqualByComparingTo("0");
		this.stands.book(this.first, stand, new BigDecimal("10.50"), version(stand, this.first));
		assertThat(this.stands.view(stand).areaLeft()).isEqualByComparingTo("1.5");
		this.stands.cancel(this.second, stand, version(stand, this.second));
		assertThat(status(stand, this.second)).isEqualTo("CANCELLED");
		assertThat(this.stands.view(stand).areaLeft()).isEqualByComparingTo("10.5");
		// booking again after cancelling before the deadline
		this.stands.book(this.second, stand, new BigDecimal("6"), version(stand, this.second));
		assertThat(status(stand, this.second)).isEqualTo("BOOKED");
		assertThat(this.events.stream(StandBooked.class).filter((e) -> e.standId() == stand)).hasSize(4);
		assertThat(this.events.stream(StandBookingChanged.class).filter((e) -> e.standId() == stand)).singleElement()
			.satisfies((e) -> {
				assertThat(e.previousArea()).isEqualByComparingTo("12");
				assertThat(e.area()).isEqualByComparingTo("10.5");
			});
		assertThat(this.events.stream(StandBookingCancelled.class).filter((e) -> e.standId() == stand)).singleElement()
			.satisfies((e) -> assertThat(e.owing()).isFalse());
	}

	@Test
	void refusedBookingsSayWhyAndChangeNothing() throws Exception {
		long stand = this.standFixtures.stand(this.ecosystem, this.fair, "36", "6");
		this.stands.book(this.first, stand, new BigDecimal("30"), null);
		Map<String, Object> before = this.jdbc.queryForMap(
				"select count(*) as bookings, sum(area) as area, max(version) as version from stand_booking where stand_id = ?",
				stand);
		assertBookingRefused(stand, this.second, "8", "area", "C’est plus que la surface encore disponible.");
		assertBookingRefused(stand, this.second, "4", "area", "La part minimale par entreprise n’est pas atteinte.");
		assertBookingRefused(stand, this.second, "-3", "area", "Saisissez une surface supérieure à zéro.");
		assertBookingRefused(stand, this.second, "6.125", "area", "au plus deux décimales");
		assertBookingRefused(stand, this.second, "six", "area", "Saisissez une surface en m²");
		// a stale form: the page was loaded before a colleague booked
		MockHttpServletResponse stale = book(stand, this.first, "20", "version", "");
		assertThat(stale.getContentAsString()).contains("Votre réservation a changé entre-temps");
		assertThat(this.jdbc.queryForMap(
				"select count(*) as bookings, sum(area) as area, max(version) as version from stand_booking where stand_id = ?",
				stand))
			.isEqualTo(before);
		// after the deadline
		this.jdbc.update("update stand set booking_deadline = ? where id = ?",
				java.sql.Date.valueOf(this.calendar.today().minusDays(1)), stand);
		assertBookingRefused(stand, this.second, "6", "area", "La date limite de réservation est passée.");
		assertThat(book(stand, this.outsider, "6").getStatus()).isEqualTo(404);
		assertThat(book(stand, this.ecosystem.coordinator(), "6").getStatus()).isEqualTo(403);
	}

	@Test
	void aLateCancellationStillOwesUnlessTheCoordinatorWaivesIt() throws Exception {
		long stand = this.standFixtures.stand(this.ecosystem, this.fair, "36", "6");
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("12"), null);
		this.jdbc.update("update stand set booking_deadline = ? where id = ?",
				java.sql.Date.valueOf(this.calendar.today().minusDays(1)), stand);
		this.stands.cancel(this.first, stand, version(stand, this.first));
		assertThat(status(stand, this.first)).isEqualTo("CANCELLED_OWING");
		assertThat(this.stands.view(stand).participants()).extracting(StandView.Participant::companyId)
			.containsExactly(this.first.organisationId(), this.second.organisationId());
		assertThat(this.stands.view(stand).areaLeft()).isEqualByComparingTo("12");
		assertThatThrownBy(() -> this.stands.waive(this.second, stand, bookingId(stand, this.first)))
			.isInstanceOf(AccessDeniedException.class);
		// the table of bookings: the coordinator's has the waiver button with its own
		// token
		String waiver = "/stands/" + stand + "/bookings/" + bookingId(stand, this.first) + "/waive";
		assertThat(page(stand, this.second)).contains("Annulé après la date limite (part due)").doesNotContain(waiver);
		String coordinatorPage = page(stand, this.ecosystem.coordinator());
		assertThat(coordinatorPage).contains("action=\"" + waiver + "\"");
		assertThat(coordinatorPage.substring(coordinatorPage.indexOf(waiver))).contains("name=\"_csrf\"");
		this.stands.waive(this.ecosystem.coordinator(), stand, bookingId(stand, this.first));
		assertThat(status(stand, this.first)).isEqualTo("WAIVED");
		for (CoopexUser insider : List.of(this.second, this.ecosystem.coordinator())) {
			assertThat(page(stand, insider)).contains("Annulé (part abandonnée)")
				.doesNotContain("Annulé après la date limite")
				.doesNotContain(waiver);
		}
		assertThat(this.stands.view(stand).participants()).extracting(StandView.Participant::companyId)
			.containsExactly(this.second.organisationId());
	}

	@Test
	void participantsSeeEveryBookingOtherMembersTheAreaLeftOthersNothing() throws Exception {
		long stand = this.standFixtures.stand(this.ecosystem, this.fair, "36", "6");
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		String firstName = companyName(this.first);
		String secondName = companyName(this.second);
		for (CoopexUser insider : List.of(this.first, this.second, this.ecosystem.coordinator())) {
			String page = page(stand, insider);
			assertThat(page).contains("id=\"bookings\"").contains(firstName).contains(secondName);
			assertThat(page).contains("<dd class=\"col-sm-8\" id=\"area-left\">15 m²</dd>");
		}
		String bystanderPage = page(stand, this.bystander);
		assertThat(bystanderPage).contains("<dd class=\"col-sm-8\" id=\"area-left\">15 m²</dd>")
			.doesNotContain("id=\"bookings\"")
			.doesNotContain(firstName)
			.doesNotContain(secondName);
		for (CoopexUser stranger : List.of(this.outsider, this.fixtures.user(Role.AGENCY),
				this.fixtures.user(Role.ADMIN), this.fixtures.user(Role.COORDINATOR))) {
			assertThat(this.mvc.perform(get("/stands/" + stand).with(user(stranger)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}
		assertThat(this.stands.visibleTo(this.outsider, null)).extracting(StandSummary::id).doesNotContain(stand);
		assertThat(this.stands.visibleTo(this.bystander, this.ecosystem.id())).extracting(StandSummary::id)
			.contains(stand);
	}

	@Test
	void theStandMovesOnOnlyAsItsStatusAllowsAndRecordsParticipationsWhenConfirmed() {
		long stand = this.standFixtures.stand(this.ecosystem, this.fair, "36", "6");
		CoopexUser coordinator = this.ecosystem.coordinator();
		assertThatThrownBy(
				() -> this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CONFIRMED))
			.isInstanceOfSatisfying(FairException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("fairs.stand.status.invalid-transition"));
		this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CLOSED);
		assertThatThrownBy(
				() -> this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CONFIRMED))
			.isInstanceOfSatisfying(FairException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("fairs.stand.confirm-empty"));
		assertThatThrownBy(() -> this.stands.book(this.first, stand, new BigDecimal("12"), null))
			.isInstanceOfSatisfying(FairException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("fairs.booking.not-open"));
		this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.OPEN);
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		long stale = standVersion(stand);
		this.stands.changeStatus(coordinator, stand, stale, StandStatus.CLOSED);
		// confirming the stand confirms the split of its costs: none entered yet
		assertThatThrownBy(
				() -> this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CONFIRMED))
			.isInstanceOfSatisfying(FairException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("fairs.stand.confirm-no-costs"));
		assertThat(this.stands.view(stand).status()).isEqualTo(StandStatus.CLOSED);
		assertThat(this.stands.participations(this.first.organisationId(), this.fair)).isZero();
		this.standFixtures.spaceCost(this.ecosystem, stand, "7200");
		assertThatThrownBy(() -> this.stands.changeStatus(coordinator, stand, stale, StandStatus.CONFIRMED))
			.isInstanceOfSatisfying(FairException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("fairs.stand.changed-meanwhile"));
		assertThatThrownBy(
				() -> this.stands.changeStatus(this.first, stand, standVersion(stand), StandStatus.CONFIRMED))
			.isInstanceOf(AccessDeniedException.class);
		this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CONFIRMED);
		assertThat(this.stands.view(stand).participants()).extracting(StandView.Participant::companyId)
			.containsExactly(this.first.organisationId(), this.second.organisationId());
		assertThat(this.stands.participations(this.first.organisationId(), this.fair)).isEqualTo(1);
		assertThat(this.stands.participations(this.second.organisationId(), this.fair)).isEqualTo(1);
		assertThat(this.stands.participations(this.third.organisationId(), this.fair)).isZero();
		// once confirmed, a cancellation owes its share
		this.stands.cancel(this.second, stand, version(stand, this.second));
		assertThat(status(stand, this.second)).isEqualTo("CANCELLED_OWING");
		assertThat(this.stands.participations(this.second.organisationId(), this.fair)).isZero();
		this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.SETTLED);
		assertThatThrownBy(
				() -> this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CANCELLED))
			.isInstanceOf(FairException.class);
	}

	@Test
	void theStandFormRefusesAStaleVersionAnAreaBelowWhatIsBookedAndAConfirmedStand() throws Exception {
		long stand = this.standFixtures.stand(this.ecosystem, this.fair, "36", "6");
		CoopexUser coordinator = this.ecosystem.coordinator();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		String deadline = this.jdbc
			.queryForObject("select booking_deadline from stand where id = ?", java.sql.Date.class, stand)
			.toLocalDate()
			.toString();
		// the form was loaded, then a colleague changed the stand
		long loaded = standVersion(stand);
		this.stands.update(coordinator, stand, loaded, new StandDraft(new BigDecimal("36"), new BigDecimal("6"),
				java.time.LocalDate.parse(deadline), "Pavillon France"));
		Map<String, Object> before = standRow(stand);
		MockHttpServletResponse stale = edit(stand, coordinator, "40", "6", deadline, loaded);
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).contains("alert-danger")
			.contains("Quelqu’un a modifié ce stand entre-temps");
		assertThat(standRow(stand)).isEqualTo(before);
		// 21 m² are booked: 20 is refused next to the field, 21 is accepted
		MockHttpServletResponse below = edit(stand, coordinator, "20", "6", deadline, standVersion(stand));
		assertThat(below.getStatus()).isEqualTo(200);
		assertThat(below.getContentAsString()).contains("id=\"totalArea-error\"")
			.contains("La surface totale ne peut pas être inférieure à la surface déjà réservée.");
		assertThat(standRow(stand)).isEqualTo(before);
		MockHttpServletResponse exact = edit(stand, coordinator, "21", "6", deadline, standVersion(stand));
		assertThat(exact.getRedirectedUrl()).isEqualTo("/stands/" + stand);
		assertThat(this.stands.view(stand).totalArea()).isEqualByComparingTo("21");
		assertThat(this.stands.view(stand).areaLeft()).isEqualByComparingTo("0");
		// once confirmed, the stand no longer changes
		this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CLOSED);
		this.standFixtures.spaceCost(this.ecosystem, stand, "6300");
		this.stands.changeStatus(coordinator, stand, standVersion(stand), StandStatus.CONFIRMED);
		Map<String, Object> confirmed = standRow(stand);
		MockHttpServletResponse late = edit(stand, coordinator, "30", "6", deadline, standVersion(stand));
		assertThat(late.getStatus()).isEqualTo(200);
		assertThat(late.getContentAsString()).contains("Un stand confirmé, soldé ou annulé ne se modifie plus.");
		assertThat(standRow(stand)).isEqualTo(confirmed);
		assertThatThrownBy(() -> this.stands.update(coordinator, stand, standVersion(stand),
				new StandDraft(new BigDecimal("30"), new BigDecimal("6"), java.time.LocalDate.parse(deadline), null)))
			.isInstanceOfSatisfying(FairException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("fairs.stand.not-editable"));
		assertThat(standRow(stand)).isEqualTo(confirmed);
	}

	@Test
	void theLedgerReadsEachParticipantsPreviousParticipationsAtTheSameFair() {
		CoopexUser agency = this.fixtures.user(Role.AGENCY);
		FairView edition = this.calendar.find(this.fair);
		long earlier = this.calendar.create(agency,
				new FairCalendar.FairDraft(edition.name(), edition.organiser(), edition.city(), edition.country(),
						edition.venue(), edition.startsOn().minusDays(300), edition.endsOn().minusDays(300),
						java.util.Set.copyOf(edition.sectors()), null, null),
				null);
		long later = this.calendar.create(agency,
				new FairCalendar.FairDraft(edition.name(), edition.organiser(), edition.city(), edition.country(),
						edition.venue(), edition.startsOn().plusYears(1), edition.endsOn().plusYears(1),
						java.util.Set.copyOf(edition.sectors()), null, null),
				earlier);
		CoopexUser coordinator = this.ecosystem.coordinator();
		long past = this.standFixtures.stand(this.ecosystem, earlier, "20", "5");
		this.stands.book(this.third, past, new BigDecimal("10"), null);
		this.stands.changeStatus(coordinator, past, standVersion(past), StandStatus.CLOSED);
		this.standFixtures.spaceCost(this.ecosystem, past, "4000");
		this.stands.changeStatus(coordinator, past, standVersion(past), StandStatus.CONFIRMED);
		long next = this.standFixtures.stand(this.ecosystem, later, "20", "5");
		this.stands.book(this.third, next, new BigDecimal("10"), null);
		this.stands.book(this.bystander, next, new BigDecimal("5"), null);
		StandView view = this.stands.view(next);
		assertThat(view.series()).isEqualTo(earlier);
		assertThat(view.participants())
			.extracting(StandView.Participant::companyId, StandView.Participant::previousParticipations)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.third.organisationId(), 1),
					org.assertj.core.groups.Tuple.tuple(this.bystander.organisationId(), 0));
		// and so does the stand's pool, for the subsidies of the first participations
		assertThat(this.ledger.pool(coordinator, view.poolId()).participants())
			.extracting(PoolView.Participant::companyId, PoolView.Participant::previousParticipations)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.third.organisationId(), 1),
					org.assertj.core.groups.Tuple.tuple(this.bystander.organisationId(), 0));
	}

	// --- helpers

	private void assertStandRefused(String field, String key, String total, String min, int deadlineMonths) {
		StandDraft draft = new StandDraft(new BigDecimal(total), new BigDecimal(min),
				this.calendar.today().plusMonths(deadlineMonths), null);
		int before = this.jdbc.queryForObject("select count(*) from stand", Integer.class);
		assertThatThrownBy(() -> this.stands.open(this.ecosystem.coordinator(), this.fair, this.ecosystem.id(), draft))
			.as(key)
			.isInstanceOfSatisfying(FairException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
		assertThat(this.jdbc.queryForObject("select count(*) from stand", Integer.class)).isEqualTo(before);
	}

	private void assertBookingRefused(long stand, CoopexUser member, String area, String field, String message)
			throws Exception {
		MockHttpServletResponse response = book(stand, member, area);
		assertThat(response.getStatus()).as(area).isEqualTo(200);
		assertThat(response.getContentAsString()).as(area).contains("id=\"" + field + "-error\"").contains(message);
	}

	private MockHttpServletResponse book(long stand, CoopexUser member, String area, String... more) throws Exception {
		var request = post("/stands/" + stand + "/booking").with(csrf()).with(user(member)).param("area", area);
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private String page(long stand, CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/stands/" + stand).with(user(who)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private String companyName(CoopexUser member) {
		return this.jdbc.queryForObject("select legal_name from company_profile where company_id = ?", String.class,
				member.organisationId());
	}

	private Long version(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select version from stand_booking where stand_id = ? and company_id = ?",
				Long.class, stand, member.organisationId());
	}

	private long bookingId(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select id from stand_booking where stand_id = ? and company_id = ?",
				Long.class, stand, member.organisationId());
	}

	private String status(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select status from stand_booking where stand_id = ? and company_id = ?",
				String.class, stand, member.organisationId());
	}

	private MockHttpServletResponse edit(long stand, CoopexUser who, String totalArea, String minShare, String deadline,
			long version) throws Exception {
		return this.mvc
			.perform(post("/stands/" + stand + "/edit").with(csrf())
				.with(user(who))
				.param("totalArea", totalArea)
				.param("minShare", minShare)
				.param("bookingDeadline", deadline)
				.param("description", "Stand modifié")
				.param("version", Long.toString(version)))
			.andReturn()
			.getResponse();
	}

	private Map<String, Object> standRow(long stand) {
		return this.jdbc.queryForMap(
				"select total_area, min_share, booking_deadline, description, status, version from stand where id = ?",
				stand);
	}

	private long standVersion(long stand) {
		return this.jdbc.queryForObject("select version from stand where id = ?", Long.class, stand);
	}

}
