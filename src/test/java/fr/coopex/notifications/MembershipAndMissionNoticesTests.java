package fr.coopex.notifications;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.missions.MissionStatus;
import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coordinators learn that a company withdrew its request or left their ecosystem; member
 * companies learn that a mission is proposed in it, and its participants that it was
 * closed.
 */
@IntegrationTest
class MembershipAndMissionNoticesTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	MissionManagement missions;

	@Autowired
	NotificationCenter center;

	@Test
	void theCoordinatorsAreToldWhenACompanyWithdrawsItsRequestOrLeaves() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, draft("Départs signalés " + System.nanoTime()));
		CoopexUser hesitant = this.fixtures.member();
		CoopexUser leaving = this.fixtures.member();
		this.ecosystems.requestToJoin(hesitant, ecosystem, null, true);
		this.ecosystems.requestToJoin(leaving, ecosystem, null, true);

		this.ecosystems.withdraw(hesitant, ecosystem);
		Notification withdrawn = awaitNotification(coordinator, "notifications.membership-ended.WITHDRAWN");
		this.ecosystems.approveAll(coordinator, ecosystem);
		this.ecosystems.leave(leaving, ecosystem);
		Notification left = awaitNotification(coordinator, "notifications.membership-ended.LEFT");

		assertThat(withdrawn.link()).isEqualTo("/ecosystems/" + ecosystem);
		assertThat(withdrawn.arguments()).contains(hesitant.organisationName());
		assertThat(left.arguments()).contains(leaving.organisationName());
	}

	@Test
	void membersAreToldOfAProposedMissionAndParticipantsOfItsClosing() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, draft("Missions signalées " + System.nanoTime()));
		CoopexUser member = this.fixtures.member();
		this.ecosystems.requestToJoin(member, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);

		long mission = this.missions.propose(coordinator, ecosystem,
				new MissionDraft("Prospection Québec", MissionKind.TRADE_MISSION, "CA", LocalDate.of(2027, 5, 10),
						LocalDate.of(2027, 5, 15), new BigDecimal("1000"), null));
		assertThat(awaitNotification(member, "notifications.mission-proposed").link())
			.isEqualTo("/missions/" + mission);
		this.missions.join(member, mission);
		this.missions.changeStatus(coordinator, mission, this.missions.page(coordinator, mission).version(),
				MissionStatus.CLOSED);

		assertThat(awaitNotification(member, "notifications.mission-status.CLOSED").link())
			.isEqualTo("/missions/" + mission);
	}

	private Notification awaitNotification(CoopexUser person, String messageKey) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.center.latest(person.id(), 20)
				.stream()
				.filter((n) -> n.messageKey().equals(messageKey))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static EcosystemDraft draft(String name) {
		return new EcosystemDraft(name, "Exporter ensemble", Set.of("CA"), Set.of("28"), true, null);
	}

}
