package fr.coopex.missions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
import fr.coopex.ledger.Split;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A mission and its cost pool in the ledger move together: proposing opens the pool,
 * opting in and out joins and withdraws, closing the mission posts the split once its
 * costs are known, opening it again reopens the split; the mission page leads to the
 * pool.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionPoolTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	MissionManagement missions;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser alpha;

	CoopexUser beta;

	CoopexUser gamma;

	long ecosystem;

	@BeforeAll
	void anEcosystemOfThreeCompanies() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		this.ecosystem = this.ecosystems.create(this.coordinator,
				new EcosystemDraft("Missions et coûts " + System.nanoTime(), "Prospecter ensemble", Set.of("CN"),
						Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.beta = this.fixtures.member();
		this.gamma = this.fixtures.member();
		for (CoopexUser member : List.of(this.alpha, this.beta, this.gamma)) {
			this.ecosystems.requestToJoin(member, this.ecosystem, null, true);
		}
		this.ecosystems.approveAll(this.coordinator, this.ecosystem);
	}

	@Test
	void proposingAMissionOpensItsPoolAndAProposingCompanyJoinsIt() {
		long byCoordinator = this.missions.propose(this.coordinator, this.ecosystem, draft("Étude de marché Chine"));
		Long pool = this.missions.view(byCoordinator).poolId();
		assertThat(pool).isNotNull().isEqualTo(this.ledger.poolOf(PoolOwnerKind.MISSION, byCoordinator).orElseThrow());
		PoolView view = this.ledger.pool(this.coordinator, pool);
		assertThat(view.title()).isEqualTo("Étude de marché Chine");
		assertThat(view.defaultKey()).isEqualTo(AllocationKey.EQUAL);
		assertThat(view.ecosystemId()).isEqualTo(this.ecosystem);
		assertThat(view.participants()).isEmpty();

		long byMember = this.missions.propose(this.alpha, this.ecosystem, draft("V.I.E. partagé"));
		long memberPool = this.missions.view(byMember).poolId();
		assertThat(this.ledger.pool(this.coordinator, memberPool).participants())
			.extracting(PoolView.Participant::companyId, PoolView.Participant::weight, PoolView.Participant::withdrawn)
			.containsExactly(tuple(this.alpha.organisationId(), new BigDecimal("1.0000"), false));
		// the proposing member runs its mission's pool with the coordinators
		assertThat(this.ledger.manages(this.alpha, memberPool)).isTrue();
		assertThat(this.ledger.manages(this.beta, memberPool)).isFalse();
	}

	@Test
	void optingInAndOutJoinsAndWithdrawsFromThePool() {
		long mission = this.missions.propose(this.coordinator, this.ecosystem, draft("Rendez-vous B2B Shanghai"));
		long pool = this.missions.view(mission).poolId();
		this.missions.join(this.alpha, mission);
		this.missions.join(this.beta, mission);
		assertThat(this.ledger.pool(this.coordinator, pool).activeParticipants())
			.extracting(PoolView.Participant::companyId)
			.containsExactlyInAnyOrder(this.alpha.organisationId(), this.beta.organisationId());
		this.missions.leave(this.beta, mission);
		assertThat(this.ledger.pool(this.coordinator, pool).activeParticipants())
			.extracting(PoolView.Participant::companyId)
			.containsExactly(this.alpha.organisationId());
		this.missions.join(this.beta, mission);
		assertThat(this.ledger.pool(this.coordinator, pool).activeParticipants()).hasSize(2);
	}

	@Test
	void closingPostsTheSplitOnceTheCostsAreKnownAndOpeningAgainReopensIt() {
		long mission = this.missions.propose(this.coordinator, this.ecosystem, draft("Mission collective Canton"));
		long pool = this.missions.view(mission).poolId();
		this.missions.join(this.alpha, mission);
		this.missions.join(this.beta, mission);
		// no cost known yet: the mission closes, its pool stays open
		this.missions.changeStatus(this.coordinator, mission, version(mission), MissionStatus.CLOSED);
		assertThat(this.ledger.pool(this.coordinator, pool).status()).isEqualTo(PoolStatus.OPEN);
		this.missions.changeStatus(this.coordinator, mission, version(mission), MissionStatus.OPEN);
		this.ledger.addItem(this.coordinator, pool, Ledger.ANY_VERSION, CostItemDraft.of("Interprète",
				CostCategory.INTERPRETER, new BigDecimal("3000.01"), new BigDecimal("20")));
		this.missions.changeStatus(this.coordinator, mission, version(mission), MissionStatus.CLOSED);
		PoolView posted = this.ledger.pool(this.coordinator, pool);
		assertThat(posted.status()).isEqualTo(PoolStatus.POSTED);
		// 3,600.01 in two equal shares, to the cent
		assertThat(posted.split().shares()).extracting(Split.Share::net)
			.containsExactlyInAnyOrder(new BigDecimal("1800.01"), new BigDecimal("1800.00"));
		assertThat(this.jdbc.queryForObject("select sum(amount) from ledger_entry where pool_id = ? and kind = 'SHARE'",
				BigDecimal.class, pool))
			.isEqualByComparingTo("3600.01");
		this.missions.changeStatus(this.coordinator, mission, version(mission), MissionStatus.OPEN);
		assertThat(this.ledger.pool(this.coordinator, pool).status()).isEqualTo(PoolStatus.OPEN);
		this.missions.join(this.gamma, mission);
		assertThat(this.ledger.pool(this.coordinator, pool).activeParticipants()).hasSize(3);
	}

	@Test
	void theProposingMemberClosingItsMissionPostsTheSplit() {
		long mission = this.missions.propose(this.alpha, this.ecosystem, draft("Traduction du catalogue"));
		long pool = this.missions.view(mission).poolId();
		this.missions.join(this.gamma, mission);
		this.ledger.addItem(this.alpha, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Traduction", CostCategory.OTHER, new BigDecimal("1000"), new BigDecimal("20")));
		this.missions.changeStatus(this.alpha, mission, version(mission), MissionStatus.CLOSED);
		assertThat(this.ledger.pool(this.coordinator, pool).status()).isEqualTo(PoolStatus.POSTED);
	}

	@Test
	void theMissionPageLeadsParticipantsAndThoseWhoRunThePoolToIt() throws Exception {
		long mission = this.missions.propose(this.coordinator, this.ecosystem, draft("Salon et rendez-vous"));
		long pool = this.missions.view(mission).poolId();
		this.missions.join(this.alpha, mission);
		assertThat(page(mission, this.alpha)).contains("href=\"/pools/" + pool + "\"")
			.doesNotContain("/console/pools/" + pool);
		assertThat(page(mission, this.coordinator)).contains("href=\"/pools/" + pool + "\"")
			.contains("href=\"/console/pools/" + pool + "\"");
		assertThat(page(mission, this.gamma)).doesNotContain("/pools/" + pool);
		long proposed = this.missions.propose(this.beta, this.ecosystem, draft("Mission de Bêta"));
		long betaPool = this.missions.view(proposed).poolId();
		assertThat(page(proposed, this.beta)).contains("href=\"/console/pools/" + betaPool + "\"");
		assertThat(this.mvc.perform(get("/pools/" + pool).with(user(this.alpha)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/missions/" + mission + "\"");
	}

	private MissionDraft draft(String title) {
		return new MissionDraft(title, MissionKind.TRADE_MISSION, "CN", LocalDate.of(2027, 5, 10),
				LocalDate.of(2027, 5, 15), new BigDecimal("24000.5"), "Rencontres avec des intégrateurs.");
	}

	private long version(long mission) {
		return this.jdbc.queryForObject("select version from mission where id = ?", Long.class, mission);
	}

	private String page(long mission, CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/missions/" + mission).with(user(who)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}
