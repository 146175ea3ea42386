package fr.coopex.ecosystems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.fairs.StandFixtures;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandStatus;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolView;
import fr.coopex.ledger.Split;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Coordinators remove members (their stand bookings and cost shares following the rules
 * of a withdrawal, every pool still adding up to the cent), change roles and take
 * coordinators off, never the last one; refused requests change nothing.
 */
@IntegrationTest
class MemberGovernanceTests {

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	Ledger ledger;

	@Autowired
	MemberGovernance governance;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MissionManagement missions;

	@Autowired
	MockMvc mvc;

	@Test
	void removingAMemberBeforeTheDeadlineTakesItOutOfTheSplitWhichStillAddsUpToTheCent() {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(3);
		CoopexUser removed = ecosystem.members().get(1);
		long stand = bookedStand(ecosystem);
		long pool = this.stands.view(stand).poolId();

		MemberGovernance.RemovalPreview preview = this.governance.removalPreview(ecosystem.coordinator(),
				ecosystem.id(), removed.organisationId());
		assertThat(preview.effects()).singleElement().satisfies((effect) -> {
			assertThat(effect.owing()).isFalse();
			assertThat(effect.quantity()).isEqualByComparingTo("9");
		});

		this.governance.remove(ecosystem.coordinator(), ecosystem.id(), removed.organisationId(),
				"Ne respecte pas la charte");

		assertThat(status(ecosystem.id(), removed)).isEqualTo("REMOVED");
		assertThat(this.ecosystems.standing(removed, ecosystem.id()).insider()).isFalse();
		assertThat(bookingStatus(stand, removed)).isEqualTo("CANCELLED");
		assertThat(participantStatus(pool, removed)).isEqualTo("WITHDRAWN");
		PoolView view = this.ledger.pool(ecosystem.coordinator(), pool);
		assertThat(view.split().shares()).extracting(Split.Share::companyId)
			.containsExactlyInAnyOrder(ecosystem.members().get(0).organisationId(),
					ecosystem.members().get(2).organisationId());
		assertThat(sum(view)).isEqualByComparingTo(view.split().total());
		// the company is told, with the reason
		await().untilAsserted(() -> assertThat(this.jdbc.queryForList(
				"select arguments from notification where user_id = ? and message_key = 'notifications.member-removed'",
				String.class, removed.id()))
			.singleElement()
			.asString()
			.contains("Ne respecte pas la charte"));
	}

	@Test
	void removingAMemberOfAnOpenMissionTakesItOutOfTheMissionAndItsSplitWhichStillAddsUpToTheCent() throws Exception {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(3);
		CoopexUser removed = ecosystem.members().get(1);
		LocalDate start = LocalDate.now().plusMonths(6);
		String title = "Mission Shanghai " + System.nanoTime();
		long mission = this.missions.propose(ecosystem.coordinator(), ecosystem.id(), new MissionDraft(title,
				MissionKind.TRADE_MISSION, "CN", start, start.plusDays(4), new BigDecimal("9000"), "Rencontres."));
		ecosystem.members().forEach((member) -> this.missions.join(member, mission));
		long pool = this.missions.view(mission).poolId();
		this.ledger.addItem(ecosystem.coordinator(), pool, Ledger.ANY_VERSION, CostItemDraft.of("Interprète",
				CostCategory.INTERPRETER, new BigDecimal("1000.01"), new BigDecimal("20")));

		assertThat(this.governance.removalPreview(ecosystem.coordinator(), ecosystem.id(), removed.organisationId())
			.effects()).singleElement().satisfies((effect) -> {
				assertThat(effect.what()).isEqualTo(title);
				assertThat(effect.owing()).isFalse();
				assertThat(effect.messageKey()).isEqualTo("ecosystems.remove.effect.mission.withdrawn");
			});
		WebSession coordinator = new WebSession(this.mvc);
		coordinator.signIn(ecosystem.coordinator().email(), Fixtures.PASSWORD);
		assertThat(coordinator
			.get("/console/ecosystems/" + ecosystem.id() + "/members/" + removed.organisationId() + "/remove")
			.getResponse()
			.getContentAsString())
			.contains(title + " : elle quitte la mission, encore ouverte, et son partage des coûts");

		this.governance.remove(ecosystem.coordinator(), ecosystem.id(), removed.organisationId(), "Exclu");

		assertThat(this.jdbc.queryForObject(
				"select count(*) from mission_participant where mission_id = ? and company_id = ?", Integer.class,
				mission, removed.organisationId()))
			.isZero();
		assertThat(participantStatus(pool, removed)).isEqualTo("WITHDRAWN");
		PoolView view = this.ledger.pool(ecosystem.coordinator(), pool);
		assertThat(view.split().shares()).extracting(Split.Share::companyId)
			.containsExactlyInAnyOrder(ecosystem.members().get(0).organisationId(),
					ecosystem.members().get(2).organisationId());
		assertThat(sum(view)).isEqualByComparingTo(view.split().total());
	}

	@Test
	void removingAMemberOfAConfirmedStandKeepsItsShareDueAndThePostedSplitAddsUp() {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(3);
		CoopexUser removed = ecosystem.members().get(2);
		long stand = bookedStand(ecosystem);
		long pool = this.stands.view(stand).poolId();
		this.stands.changeStatus(ecosystem.coordinator(), stand, standVersion(stand), StandStatus.CLOSED);
		this.stands.changeStatus(ecosystem.coordinator(), stand, standVersion(stand), StandStatus.CONFIRMED);
		assertThat(this.governance.removalPreview(ecosystem.coordinator(), ecosystem.id(), removed.organisationId())
			.effects()).singleElement().satisfies((effect) -> assertThat(effect.owing()).isTrue());

		this.governance.remove(ecosystem.coordinator(), ecosystem.id(), removed.organisationId(), "Exclu");

		assertThat(bookingStatus(stand, removed)).isEqualTo("CANCELLED_OWING");
		assertThat(participantStatus(pool, removed)).isEqualTo("ACTIVE");
		PoolView view = this.ledger.pool(ecosystem.coordinator(), pool);
		assertThat(view.split().shares()).hasSize(3);
		assertThat(sum(view)).isEqualByComparingTo(view.split().total());
		assertThat(this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from ledger_entry where pool_id = ? and kind = 'SHARE'",
				BigDecimal.class, pool))
			.isEqualByComparingTo(view.split().total());
		assertThat(this.ledger.inconsistentPools()).doesNotContain(pool);
	}

	@Test
	void aRemovalWithoutReasonChangesNothing() {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(2);
		CoopexUser member = ecosystem.members().get(0);
		long stand = bookedStandOf(ecosystem, List.of("12", "9"));

		assertThatThrownBy(
				() -> this.governance.remove(ecosystem.coordinator(), ecosystem.id(), member.organisationId(), "  "))
			.isInstanceOf(EcosystemException.class)
			.extracting((ex) -> ((EcosystemException) ex).messageKey())
			.isEqualTo("ecosystems.remove.reason-required");

		assertThat(status(ecosystem.id(), member)).isEqualTo("ACTIVE");
		assertThat(bookingStatus(stand, member)).isEqualTo("BOOKED");
	}

	@Test
	void onlyACoordinatorRemovesAndTheLeaderFirmStaysWhileItLeads() {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());
		CoopexUser member = this.fixtures.member();
		this.ecosystems.requestToJoin(member, id, null, true);
		this.ecosystems.approveAll(leader, id);

		assertThatThrownBy(() -> this.governance.remove(member, id, leader.organisationId(), "Coup d’État"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.governance.remove(leader, id, leader.organisationId(), "Je pars"))
			.isInstanceOf(EcosystemException.class)
			.extracting((ex) -> ((EcosystemException) ex).messageKey())
			.isEqualTo("ecosystems.remove.leader");
		assertThat(status(id, leader)).isEqualTo("ACTIVE");
	}

	@Test
	void rolesChangeBetweenMemberAndAssociateButTheLeaderRoleFollowsCoordination() {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(1);
		CoopexUser member = ecosystem.members().get(0);

		this.governance.changeRole(ecosystem.coordinator(), ecosystem.id(), member.organisationId(),
				MembershipRole.ASSOCIATE);
		assertThat(role(ecosystem.id(), member)).isEqualTo("ASSOCIATE");

		assertThatThrownBy(() -> this.governance.changeRole(ecosystem.coordinator(), ecosystem.id(),
				member.organisationId(), MembershipRole.LEADER))
			.isInstanceOf(EcosystemException.class)
			.extracting((ex) -> ((EcosystemException) ex).messageKey())
			.isEqualTo("ecosystems.role.leader-by-handover");
		assertThat(role(ecosystem.id(), member)).isEqualTo("ASSOCIATE");
		assertThatThrownBy(() -> this.governance.changeRole(member, ecosystem.id(), member.organisationId(),
				MembershipRole.MEMBER))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theLastCoordinatorCannotBeTakenOff() {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(1);
		CoopexUser coordinator = ecosystem.coordinator();

		assertThatThrownBy(() -> this.governance.removeCoordinator(coordinator, ecosystem.id(), coordinator.id()))
			.isInstanceOf(EcosystemException.class)
			.extracting((ex) -> ((EcosystemException) ex).messageKey())
			.isEqualTo("ecosystems.coordinators.last");
		assertThat(this.ecosystems.coordinatorIds(ecosystem.id())).containsExactly(coordinator.id());

		CoopexUser second = this.fixtures.user(fr.coopex.shared.security.Role.COORDINATOR);
		this.ecosystems.addCoordinator(coordinator, ecosystem.id(), second.email());
		assertThat(this.governance.coordinators(coordinator, ecosystem.id()))
			.extracting(MemberGovernance.Coordinator::userId)
			.containsExactlyInAnyOrder(coordinator.id(), second.id());
		// a coordinator may leave coordination while another remains
		this.governance.removeCoordinator(coordinator, ecosystem.id(), coordinator.id());
		assertThat(this.ecosystems.coordinatorIds(ecosystem.id())).containsExactly(second.id());
		assertThatThrownBy(() -> this.governance.removeCoordinator(second, ecosystem.id(), second.id()))
			.isInstanceOf(EcosystemException.class);
	}

	private static EcosystemManagement.EcosystemDraft draft() {
		return new EcosystemManagement.EcosystemDraft("Chef de file " + System.nanoTime(), "Exporter ensemble",
				java.util.Set.of("US"), java.util.Set.of("28"), true, null);
	}

	private long bookedStand(StandFixtures.Ecosystem ecosystem) {
		return bookedStandOf(ecosystem, List.of("12", "9", "15"));
	}

	/** A stand of 36 m², its space and build costs, booked by the members in order. */
	private long bookedStandOf(StandFixtures.Ecosystem ecosystem, List<String> areas) {
		long fair = this.standFixtures.fair("Automate " + System.nanoTime());
		long stand = this.standFixtures.stand(ecosystem, fair, "36", "6");
		for (int i = 0; i < areas.size(); i++) {
			this.stands.book(ecosystem.members().get(i), stand, new BigDecimal(areas.get(i)), null);
		}
		long pool = this.stands.view(stand).poolId();
		this.ledger.addItem(ecosystem.coordinator(), pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Surface nue", CostCategory.SPACE, new BigDecimal("12600.00"), new BigDecimal("20")));
		this.ledger.addItem(ecosystem.coordinator(), pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Construction", CostCategory.BUILD, new BigDecimal("4500.01"), new BigDecimal("20")));
		return stand;
	}

	private static BigDecimal sum(PoolView view) {
		return view.split().shares().stream().map(Split.Share::net).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private String status(long ecosystemId, CoopexUser member) {
		return membership("status", ecosystemId, member);
	}

	private String role(long ecosystemId, CoopexUser member) {
		return membership("role", ecosystemId, member);
	}

	private String membership(String column, long ecosystemId, CoopexUser member) {
		return this.jdbc.queryForObject(
				"select " + column + " from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				String.class, ecosystemId, member.organisationId());
	}

	private String bookingStatus(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select status from stand_booking where stand_id = ? and company_id = ?",
				String.class, stand, member.organisationId());
	}

	private String participantStatus(long pool, CoopexUser member) {
		return this.jdbc.queryForObject("select status from ledger_participant where pool_id = ? and company_id = ?",
				String.class, pool, member.organisationId());
	}

	private long standVersion(long stand) {
		return this.jdbc.queryForObject("select version from stand where id = ?", Long.class, stand);
	}

}
