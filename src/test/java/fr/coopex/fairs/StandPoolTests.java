package fr.coopex.fairs;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
import fr.coopex.ledger.Split;
import fr.coopex.ledger.SubsidyDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.HttpVisitor;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A stand and its cost pool in the ledger move together: opening the stand opens the
 * pool, bookings join it with their areas and subsidy facts, cancellations and waivers
 * take companies out of it (or not), confirming the stand posts the split, and the stand
 * page leads to the pool.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandPoolTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	FairCalendar calendar;

	@Autowired
	Ledger ledger;

	@Autowired
	CompanyManagement companies;

	@Autowired
	JdbcTemplate jdbc;

	StandFixtures.Ecosystem ecosystem;

	CoopexUser coordinator;

	/** An SME of 20 to 49 people that never exported. */
	CoopexUser first;

	/** A firm of 250 to 499 people, exporting. */
	CoopexUser second;

	/** A firm whose profile says nothing of its size. */
	CoopexUser third;

	/** A member that books nothing. */
	CoopexUser bystander;

	long fair;

	@BeforeAll
	void anEcosystemOfFourCompaniesAndAFair() {
		this.ecosystem = this.standFixtures.ecosystem(4);
		this.coordinator = this.ecosystem.coordinator();
		this.first = this.ecosystem.members().get(0);
		this.second = this.ecosystem.members().get(1);
		this.third = this.ecosystem.members().get(2);
		this.bystander = this.ecosystem.members().get(3);
		describe(this.first, HeadcountBand.FROM_20_TO_49, ExportSituation.NEVER_EXPORTED);
		describe(this.second, HeadcountBand.FROM_250_TO_499, ExportSituation.EXPORTING);
		this.fair = this.standFixtures.fair("Hannover Messe " + System.nanoTime());
	}

	@Test
	void openingAStandOpensItsPoolSplitByAreaAndAttachesIt() {
		long stand = stand();
		Long pool = this.stands.view(stand).poolId();
		assertThat(pool).isNotNull().isEqualTo(this.ledger.poolOf(PoolOwnerKind.STAND, stand).orElseThrow());
		PoolView view = this.ledger.pool(this.coordinator, pool);
		assertThat(view.ownerKind()).isEqualTo(PoolOwnerKind.STAND);
		assertThat(view.ownerId()).isEqualTo(stand);
		assertThat(view.ecosystemId()).isEqualTo(this.ecosystem.id());
		assertThat(view.defaultKey()).isEqualTo(AllocationKey.BY_AREA);
		assertThat(view.status()).isEqualTo(PoolStatus.OPEN);
		assertThat(view.title()).startsWith(this.calendar.find(this.fair).name())
			.endsWith(Integer.toString(this.calendar.find(this.fair).startsOn().getYear()));
		assertThat(view.participants()).isEmpty();
		// one pool per stand
		assertThatThrownBy(() -> this.ledger.openPool(this.coordinator, PoolOwnerKind.STAND, stand, this.ecosystem.id(),
				"Autre", AllocationKey.EQUAL, Set.of()))
			.isInstanceOfSatisfying(LedgerException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ledger.pool.exists"));
	}

	@Test
	void bookingsJoinThePoolWithTheirAreasAndWhatSubsidiesLookAt() throws Exception {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		this.stands.book(this.third, stand, new BigDecimal("15"), null);
		assertThat(this.ledger.pool(this.coordinator, pool).participants())
			.extracting(PoolView.Participant::companyId, (p) -> p.area().stripTrailingZeros().toPlainString(),
					PoolView.Participant::headcount, PoolView.Participant::firstTimeExporter,
					PoolView.Participant::previousParticipations, PoolView.Participant::withdrawn)
			.containsExactlyInAnyOrder(tuple(this.first.organisationId(), "12", 49, true, 0, false),
					tuple(this.second.organisationId(), "9", 499, false, 0, false),
					tuple(this.third.organisationId(), "15", null, false, 0, false));
		assertThat(participant(pool, this.first).name()).isEqualTo(companyName(this.first));
		// a change of area updates the participant, and keeps the weight the coordinator
		// typed
		this.ledger.setKeys(this.coordinator, pool, Ledger.ANY_VERSION, this.first.organisationId(),
				new BigDecimal("12"), new BigDecimal("2.5"));
		this.stands.book(this.first, stand, new BigDecimal("10.5"), bookingVersion(stand, this.first));
		assertThat(participant(pool, this.first).area()).isEqualByComparingTo("10.5");
		assertThat(participant(pool, this.first).weight()).isEqualByComparingTo("2.5");
		assertThat(this.ledger.pool(this.coordinator, pool).activeParticipants()).hasSize(3);
		// a refused booking changes nothing in the pool either
		Map<String, Object> before = poolState(pool);
		MockHttpServletResponse refused = this.mvc
			.perform(post("/stands/" + stand + "/booking").with(csrf()).with(user(this.bystander)).param("area", "8"))
			.andReturn()
			.getResponse();
		assertThat(refused.getContentAsString()).contains("C’est plus que la surface encore disponible.");
		assertThat(poolState(pool)).isEqualTo(before);
	}

	@Test
	void aCancellationBeforeTheDeadlineWithdrawsFromThePool() {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		this.stands.cancel(this.second, stand, bookingVersion(stand, this.second));
		assertThat(participant(pool, this.second).withdrawn()).isTrue();
		assertThat(this.ledger.pool(this.coordinator, pool).activeParticipants())
			.extracting(PoolView.Participant::companyId)
			.containsExactly(this.first.organisationId());
		// the company still reads the pool it left
		assertThat(this.ledger.pool(this.second, pool).viewerCompanyId()).isEqualTo(this.second.organisationId());
		// booking again joins again
		this.stands.book(this.second, stand, new BigDecimal("6"), bookingVersion(stand, this.second));
		assertThat(participant(pool, this.second).withdrawn()).isFalse();
		assertThat(participant(pool, this.second).area()).isEqualByComparingTo("6");
	}

	@Test
	void aLateCancellationStillOwesItsShareUntilTheCoordinatorWaivesIt() {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("24"), null);
		this.standFixtures.spaceCost(this.ecosystem, stand, "7200");
		this.jdbc.update("update stand set booking_deadline = ? where id = ?",
				java.sql.Date.valueOf(this.calendar.today().minusDays(1)), stand);
		this.stands.cancel(this.first, stand, bookingVersion(stand, this.first));
		assertThat(bookingStatus(stand, this.first)).isEqualTo("CANCELLED_OWING");
		assertThat(participant(pool, this.first).withdrawn()).isFalse();
		// 7,200 + 20% VAT, 12 m² of 36
		assertThat(share(pool, this.first)).isEqualByComparingTo("2880.00");
		this.stands.waive(this.coordinator, stand, bookingId(stand, this.first));
		assertThat(participant(pool, this.first).withdrawn()).isTrue();
		assertThat(share(pool, this.second)).isEqualByComparingTo("8640.00");
	}

	@Test
	void confirmingTheStandPostsItsSplitWhichAddsUpToTheTotal() {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		this.stands.book(this.third, stand, new BigDecimal("15"), null);
		this.ledger.addItem(this.coordinator, pool, Ledger.ANY_VERSION, CostItemDraft.of("Surface nue 36 m²",
				CostCategory.SPACE, new BigDecimal("12600.00"), new BigDecimal("20")));
		this.ledger.addItem(this.coordinator, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Construction", CostCategory.BUILD, new BigDecimal("4500.00"), new BigDecimal("20")));
		this.ledger.addSubsidy(this.coordinator, pool, Ledger.ANY_VERSION,
				SubsidyDraft.rate("Région — salons", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
		this.stands.changeStatus(this.coordinator, stand, standVersion(stand), StandStatus.CLOSED);
		this.stands.changeStatus(this.coordinator, stand, standVersion(stand), StandStatus.CONFIRMED);

		PoolView view = this.ledger.pool(this.coordinator, pool);
		assertThat(view.status()).isEqualTo(PoolStatus.POSTED);
		// only the SME of known size gets the regional subsidy: half its space before VAT
		assertThat(view.split().shares()).extracting(Split.Share::companyId, Split.Share::net)
			.containsExactlyInAnyOrder(tuple(this.first.organisationId(), new BigDecimal("4740.00")),
					tuple(this.second.organisationId(), new BigDecimal("5130.00")),
					tuple(this.third.organisationId(), new BigDecimal("8550.00")));
		assertThat(view.split().total()).isEqualByComparingTo("18420.00");
		assertThat(sharesPosted(pool)).isEqualByComparingTo(view.split().total());
		assertThat(this.ledger.inconsistentPools()).doesNotContain(pool);

		// once confirmed, a cancellation owes its share; waiving it splits the costs
		// again
		// among the others and posts them again
		this.stands.cancel(this.second, stand, bookingVersion(stand, this.second));
		assertThat(participant(pool, this.second).withdrawn()).isFalse();
		this.stands.waive(this.coordinator, stand, bookingId(stand, this.second));
		PoolView after = this.ledger.pool(this.coordinator, pool);
		assertThat(after.status()).isEqualTo(PoolStatus.POSTED);
		assertThat(after.split().shares()).extracting(Split.Share::companyId)
			.containsExactlyInAnyOrder(this.first.organisationId(), this.third.organisationId());
		assertThat(after.split().shares().stream().map(Split.Share::net).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(after.split().total());
		assertThat(sharesPosted(pool)).isEqualByComparingTo(after.split().total());
		assertThat(this.ledger.inconsistentPools()).doesNotContain(pool);
	}

	@Test
	void cancellingAStandLeavesItsPoolAsItWas() {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.standFixtures.spaceCost(this.ecosystem, stand, "1000");
		this.stands.changeStatus(this.coordinator, stand, standVersion(stand), StandStatus.CANCELLED);
		PoolView view = this.ledger.pool(this.coordinator, pool);
		assertThat(view.status()).isEqualTo(PoolStatus.OPEN);
		assertThat(view.activeParticipants()).extracting(PoolView.Participant::companyId)
			.containsExactly(this.first.organisationId());
		assertThat(sharesPosted(pool)).isEqualByComparingTo("0");
	}

	@Test
	void openingBookingsAgainReopensASplitConfirmedMeanwhile() throws Exception {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.standFixtures.spaceCost(this.ecosystem, stand, "3600");
		// the coordinator confirms the split from the pool's console while bookings are
		// open: a booking is refused, with a reason, and changes nothing
		this.ledger.post(this.coordinator, pool, Ledger.ANY_VERSION);
		MockHttpServletResponse refused = this.mvc
			.perform(post("/stands/" + stand + "/booking").with(csrf()).with(user(this.second)).param("area", "9"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString())
			.contains("Le coordinateur a déjà confirmé la répartition des coûts de ce stand");
		assertThat(
				this.jdbc.queryForObject("select count(*) from stand_booking where stand_id = ?", Integer.class, stand))
			.isEqualTo(1);
		this.stands.changeStatus(this.coordinator, stand, standVersion(stand), StandStatus.CLOSED);
		this.stands.changeStatus(this.coordinator, stand, standVersion(stand), StandStatus.OPEN);
		assertThat(this.ledger.pool(this.coordinator, pool).status()).isEqualTo(PoolStatus.OPEN);
		this.stands.book(this.second, stand, new BigDecimal("9"), null);
		assertThat(participant(pool, this.second).area()).isEqualByComparingTo("9");
	}

	@Test
	void theStandPageLeadsParticipantsAndCoordinatorsToThePool() throws Exception {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		assertThat(page(stand, this.first)).contains("href=\"/pools/" + pool + "\"")
			.doesNotContain("/console/pools/" + pool);
		assertThat(page(stand, this.coordinator)).contains("href=\"/pools/" + pool + "\"")
			.contains("href=\"/console/pools/" + pool + "\"")
			.contains("id=\"confirm-help\"");
		assertThat(page(stand, this.bystander)).doesNotContain("/pools/" + pool);
		// the pool's page leads back to the stand
		assertThat(this.mvc.perform(get("/pools/" + pool).with(user(this.first)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/stands/" + stand + "\"");
		// confirming without costs: the page says why (the browser story shows it),
		// nothing
		// changes
		this.stands.changeStatus(this.coordinator, stand, standVersion(stand), StandStatus.CLOSED);
		MvcResult confirm = this.mvc
			.perform(post("/stands/" + stand + "/status").with(csrf())
				.with(user(this.coordinator))
				.param("status", "CONFIRMED")
				.param("version", Long.toString(standVersion(stand))))
			.andReturn();
		assertThat(confirm.getResponse().getRedirectedUrl()).isEqualTo("/stands/" + stand);
		assertThat(confirm.getFlashMap().get("error")).isEqualTo("fairs.stand.confirm-no-costs");
		assertThat(this.stands.view(stand).status()).isEqualTo(StandStatus.CLOSED);
		assertThat(this.ledger.pool(this.coordinator, pool).status()).isEqualTo(PoolStatus.OPEN);
	}

	@Test
	void aSplitTheLedgerRefusesKeepsTheStandUnconfirmedAndTheStandPageSaysWhy() throws Exception {
		long stand = stand();
		long pool = this.stands.view(stand).poolId();
		this.stands.book(this.first, stand, new BigDecimal("12"), null);
		this.stands.book(this.second, stand, new BigDecimal("12"), null);
		this.standFixtures.spaceCost(this.ecosystem, stand, "3600");
		// the furniture is the second company's alone; then that company cancels in time
		this.ledger.addItem(this.coordinator, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Mobilier", CostCategory.FURNITURE, new BigDecimal("800"), new BigDecimal("20"))
					.fixed(Map.of(this.second.organisationId(), new BigDecimal("800")), null));
		this.stands.cancel(this.second, stand, bookingVersion(stand, this.second));
		this.stands.changeStatus(this.coordinator, stand, standVersion(stand), StandStatus.CLOSED);
		HttpVisitor visitor = new HttpVisitor(this.port);
		visitor.signIn(this.coordinator.email(), Fixtures.PASSWORD);
		HttpResponse<String> confirm = visitor.post("/stands/" + stand, "/stands/" + stand + "/status", "status",
				"CONFIRMED", "version", Long.toString(standVersion(stand)));
		assertThat(confirm.statusCode()).isEqualTo(302);
		assertThat(visitor.get("/stands/" + stand).body())
			.contains("Un montant fixe de « Mobilier » concerne une entreprise qui ne participe pas.");
		assertThat(this.stands.view(stand).status()).isEqualTo(StandStatus.CLOSED);
		assertThat(this.stands.participations(this.first.organisationId(), this.fair)).isZero();
		assertThat(this.ledger.pool(this.coordinator, pool).status()).isEqualTo(PoolStatus.OPEN);
	}

	// --- helpers

	private long stand() {
		return this.standFixtures.stand(this.ecosystem, this.fair, "36", "6");
	}

	private void describe(CoopexUser member, HeadcountBand headcount, ExportSituation situation) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, headcount,
						null, null, null, null, null, null, situation, null, null, Set.of(), Set.of(), null, null, null,
						Set.of(), Set.of(), Map.of()));
	}

	private PoolView.Participant participant(long pool, CoopexUser member) {
		return this.ledger.pool(this.coordinator, pool)
			.participants()
			.stream()
			.filter((p) -> p.companyId() == member.organisationId())
			.findFirst()
			.orElseThrow();
	}

	private BigDecimal share(long pool, CoopexUser member) {
		return this.ledger.pool(this.coordinator, pool).split().share(member.organisationId()).orElseThrow().net();
	}

	private BigDecimal sharesPosted(long pool) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from ledger_entry where pool_id = ? and kind = 'SHARE'",
				BigDecimal.class, pool);
	}

	private Map<String, Object> poolState(long pool) {
		return this.jdbc.queryForMap(
				"select p.version, count(lp.company_id) as participants, sum(lp.area) as area from ledger_pool p "
						+ "left join ledger_participant lp on lp.pool_id = p.id where p.id = ? group by p.version",
				pool);
	}

	private String page(long stand, CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/stands/" + stand).with(user(who)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private String companyName(CoopexUser member) {
		return this.companies.cardsAtEcosystemLevel(List.of(member.organisationId()))
			.get(member.organisationId())
			.displayName();
	}

	private Long bookingVersion(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select version from stand_booking where stand_id = ? and company_id = ?",
				Long.class, stand, member.organisationId());
	}

	private long bookingId(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select id from stand_booking where stand_id = ? and company_id = ?",
				Long.class, stand, member.organisationId());
	}

	private String bookingStatus(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select status from stand_booking where stand_id = ? and company_id = ?",
				String.class, stand, member.organisationId());
	}

	private long standVersion(long stand) {
		return this.jdbc.queryForObject("select version from stand where id = ?", Long.class, stand);
	}

}
