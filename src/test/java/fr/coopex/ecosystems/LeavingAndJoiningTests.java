package fr.coopex.ecosystems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Leaving an ecosystem ends its firm's coordination rights at once, the last coordinator
 * hands over first; a refused join form or mission join says why instead of failing.
 */
@IntegrationTest
class LeavingAndJoiningTests {

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

	// --- coordination ends with membership (issue 13, item 2)

	@Test
	void theLeaderFirmThatLeavesAfterHandingOverStopsCoordinatingAtOnce() {
		CoopexUser leader = this.fixtures.member();
		CoopexUser thirdParty = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(leader, draft());
		this.ecosystems.addCoordinator(leader, ecosystem, thirdParty.email());
		assertThat(this.ledger.ecosystemAccount(leader, ecosystem, null)).isNotNull();

		this.ecosystems.leave(leader, ecosystem);

		assertThat(this.ecosystems.isCoordinator(leader, ecosystem)).isFalse();
		assertThat(this.ecosystems.standing(leader, ecosystem).insider()).isFalse();
		assertThat(this.ecosystems.coordinatorIds(ecosystem)).containsExactly(thirdParty.id());
		assertThat(this.ecosystems.detail(leader, ecosystem).isCoordinator()).isFalse();
		// no more ecosystem-level account of the members (and its firm has no pool there)
		assertThatThrownBy(() -> this.ledger.ecosystemAccount(leader, ecosystem, null))
			.isInstanceOf(Ledger.PoolNotFoundException.class);
		assertThat(this.ecosystems.isCoordinator(thirdParty, ecosystem)).isTrue();
	}

	@Test
	void theLastCoordinatorsFirmCannotLeaveBeforeHandingOver() {
		CoopexUser leader = this.fixtures.member();
		long ecosystem = this.ecosystems.create(leader, draft());

		assertThatThrownBy(() -> this.ecosystems.leave(leader, ecosystem)).isInstanceOf(EcosystemException.class)
			.extracting((ex) -> ((EcosystemException) ex).messageKey())
			.isEqualTo("ecosystems.leave.hand-over-first");

		assertThat(this.ecosystems.isCoordinator(leader, ecosystem)).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select status from ecosystem_membership where ecosystem_id = ? and company_id = ?", String.class,
				ecosystem, leader.organisationId()))
			.isEqualTo("ACTIVE");
	}

	@Test
	void theLastCoordinatorIsToldInThePageToHandOverFirst() throws Exception {
		CoopexUser leader = this.fixtures.member();
		long ecosystem = this.ecosystems.create(leader, draft());
		WebSession browser = signedIn(leader);

		assertThat(contentOf(browser.get("/ecosystems/" + ecosystem + "/leave"))).contains("id=\"coordination-ends\"");
		MvcResult left = browser.post("/ecosystems/" + ecosystem + "/leave");

		assertThat(left.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + ecosystem);
		assertThat(contentOf(browser.get("/ecosystems/" + ecosystem))).contains("transmettez d’abord la coordination");
		assertThat(this.ecosystems.isCoordinator(leader, ecosystem)).isTrue();
	}

	@Test
	void aMemberFirmsCoordinatorStopsWhenItsFirmLeavesAndColleaguesToo() {
		CoopexUser leader = this.fixtures.member();
		CoopexUser member = this.fixtures.member();
		long ecosystem = this.ecosystems.create(leader, draft());
		this.ecosystems.invite(leader, ecosystem, member.organisationId(), MembershipRole.MEMBER);
		this.ecosystems.acceptInvitation(member, ecosystem, true);
		this.ecosystems.addCoordinator(leader, ecosystem, member.email());
		assertThat(this.ecosystems.isCoordinator(member, ecosystem)).isTrue();

		this.ecosystems.leave(member, ecosystem);

		assertThat(this.ecosystems.isCoordinator(member, ecosystem)).isFalse();
		assertThat(this.ecosystems.coordinatorIds(ecosystem)).containsExactly(leader.id());
		// the leader's firm stays, and so does its coordination
		assertThat(this.ecosystems.isCoordinator(leader, ecosystem)).isTrue();
	}

	// --- refusals that gave error pages (issue 13, item 9)

	@Test
	void anOverLongJoinMessageGivesTheFormAgainWithTheMessageAndWhyAndAsksNothing() throws Exception {
		CoopexUser leader = this.fixtures.member();
		long ecosystem = this.ecosystems.create(leader, draft());
		CoopexUser candidate = this.fixtures.member();
		WebSession browser = signedIn(candidate);
		String message = "Nous exportons vers le Canada. " + "x".repeat(1000);

		MvcResult result = browser.post("/ecosystems/" + ecosystem + "/join", "message", message, "acceptCharter",
				"true");

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = contentOf(result);
		assertThat(page).contains("is-invalid").contains(message).contains("1000");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ecosystem_membership where ecosystem_id = ? and company_id = ?", Integer.class,
				ecosystem, candidate.organisationId()))
			.isZero();
		// and the session still works
		assertThat(browser.get("/ecosystems/" + ecosystem).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void joiningAMissionWhoseCostsWereSplitIsRefusedInWords() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, draft());
		CoopexUser alpha = this.fixtures.member();
		CoopexUser beta = this.fixtures.member();
		for (CoopexUser member : java.util.List.of(alpha, beta)) {
			this.ecosystems.requestToJoin(member, ecosystem, null, true);
		}
		this.ecosystems.approveAll(coordinator, ecosystem);
		long mission = this.missions.propose(coordinator, ecosystem,
				new MissionDraft("Mission déjà répartie", MissionKind.TRADE_MISSION, "CN", LocalDate.of(2027, 5, 10),
						LocalDate.of(2027, 5, 15), new BigDecimal("1000"), null));
		this.missions.join(alpha, mission);
		long pool = this.missions.view(mission).poolId();
		this.ledger.addItem(coordinator, pool, this.ledger.pool(coordinator, pool).version(),
				CostItemDraft.of("Billets", CostCategory.TRAVEL, new BigDecimal("600"), null));
		this.ledger.post(coordinator, pool, this.ledger.pool(coordinator, pool).version());
		WebSession browser = signedIn(beta);

		MvcResult joined = browser.post("/missions/" + mission + "/join");

		assertThat(joined.getResponse().getStatus()).isEqualTo(302);
		assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/missions/" + mission);
		assertThat(contentOf(browser.get("/missions/" + mission))).contains("déjà répartis entre ses participants");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mission_participant where mission_id = ? and company_id = ?", Integer.class,
				mission, beta.organisationId()))
			.isZero();
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc, "198.51.100.61");
		assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
		return session;
	}

	private static String contentOf(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static EcosystemDraft draft() {
		return new EcosystemDraft("Départs et arrivées " + System.nanoTime(), "Exporter ensemble", Set.of("CA"),
				Set.of("28"), true, null);
	}

}
