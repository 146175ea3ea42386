package fr.coopex.notifications;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.EcosystemPayments;
import fr.coopex.ecosystems.EcosystemPayments.PaymentDetails;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What people read about their requests and cash calls: a pending request is shown as
 * pending wherever the ecosystem is listed for the company; notifications lead to the
 * exact thing to act on; a cash call's notice gives the amount, the due date in the
 * reader's language and how to pay, from the bank details the coordinator entered.
 */
@IntegrationTest
class NoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	EcosystemPayments payments;

	@Autowired
	MissionManagement missions;

	@Autowired
	Ledger ledger;

	@Autowired
	NotificationCenter center;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPendingRequestIsShownAsPendingWhereverTheEcosystemIsListedForTheCompany() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		String unique = Long.toString(System.nanoTime());
		String name = "Attente visible " + unique;
		long ecosystem = this.ecosystems.create(coordinator, draft(name));
		CoopexUser candidate = this.fixtures.member();
		this.ecosystems.requestToJoin(candidate, ecosystem, "Bonjour", true);

		String directory = page("/ecosystems?q=" + unique, candidate);
		String mine = page("/console/ecosystems", candidate);
		String own = page("/ecosystems/" + ecosystem, candidate);

		for (String page : List.of(directory, mine)) {
			assertThat(page).contains("href=\"/ecosystems/" + ecosystem + "\"")
				.contains("data-standing=\"pending\"")
				.contains("Demande en attente");
		}
		assertThat(own).contains("Votre demande");
		// another company sees no standing of its own there; the coordinator sees its own
		assertThat(page("/ecosystems?q=" + unique, this.fixtures.member())).doesNotContain("data-standing=");
		assertThat(page("/console/ecosystems", coordinator)).contains("data-standing=\"coordinator\"");
	}

	@Test
	void aJoinRequestsNotificationLeadsTheCoordinatorToThatRequest() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, draft("Lien exact " + System.nanoTime()));
		CoopexUser candidate = this.fixtures.member();
		this.ecosystems.requestToJoin(candidate, ecosystem, null, true);
		long request = this.jdbc.queryForObject(
				"select id from ecosystem_membership where ecosystem_id = ? and company_id = ?", Long.class, ecosystem,
				candidate.organisationId());

		Notification notification = awaitNotification(coordinator, "notifications.join-requested");

		assertThat(notification.link()).isEqualTo("/ecosystems/" + ecosystem + "#request-" + request);
		assertThat(page("/ecosystems/" + ecosystem, coordinator)).contains("id=\"request-" + request + "\"");
		assertThat(page("/notifications", coordinator))
			.contains("href=\"/ecosystems/" + ecosystem + "#request-" + request + "\"");

		this.ecosystems.approve(coordinator, ecosystem, request, fr.coopex.ecosystems.MembershipRole.MEMBER);
		assertThat(awaitNotification(candidate, "notifications.approved").link())
			.isEqualTo("/ecosystems/" + ecosystem + "#join");
	}

	@Test
	void aCashCallsNoticeGivesTheAmountTheDueDateInTheReadersLanguageAndHowToPay() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, draft("Appels de fonds " + System.nanoTime()));
		CoopexUser member = this.fixtures.member();
		this.ecosystems.requestToJoin(member, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);
		this.payments.change(coordinator, ecosystem,
				new PaymentDetails("Association Export Jura", "FR76 3000 6000 0112 3456 7890 189", "bnpafrpp"));
		long mission = this.missions.propose(coordinator, ecosystem,
				new MissionDraft("Salon de Montréal", MissionKind.TRADE_MISSION, "CA", LocalDate.of(2027, 5, 10),
						LocalDate.of(2027, 5, 15), new BigDecimal("1000"), null));
		this.missions.join(member, mission);
		long pool = this.missions.view(mission).poolId();
		this.ledger.addItem(coordinator, pool, this.ledger.pool(coordinator, pool).version(),
				CostItemDraft.of("Stand", CostCategory.SPACE, new BigDecimal("2400.50"), null));
		long call = this.ledger.callDeposits(coordinator, pool, this.ledger.pool(coordinator, pool).version(),
				"Acompte", new BigDecimal("50"), LocalDate.of(2027, 3, 15));

		Notification notice = awaitNotification(member, "notifications.ledger.cash-call.bic");

		assertThat(notice.link()).isEqualTo("/pools/" + pool + "#cash-call-" + call);
		String french = page("/notifications", member);
		assertThat(french).contains("1\u202f200,25\u00a0€")
			.contains("15 mars 2027")
			.contains("Association Export Jura")
			.contains("FR76 3000 6000 0112 3456 7890 189")
			.contains("BNPAFRPP")
			.contains("href=\"/pools/" + pool + "#cash-call-" + call + "\"");
		String english = page("/notifications?lang=en", member);
		assertThat(english).contains("€1,200.25").contains("March 15, 2027");
		assertThat(page("/pools/" + pool, member)).contains("id=\"cash-call-" + call + "\"");
	}

	@Test
	void withoutBankDetailsTheNoticeSaysToAskTheCoordination() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, draft("Sans coordonnées " + System.nanoTime()));
		CoopexUser member = this.fixtures.member();
		this.ecosystems.requestToJoin(member, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);
		long mission = this.missions.propose(coordinator, ecosystem,
				new MissionDraft("Étude Québec", MissionKind.MARKET_STUDY, "CA", LocalDate.of(2027, 5, 10),
						LocalDate.of(2027, 5, 15), new BigDecimal("1000"), null));
		this.missions.join(member, mission);
		long pool = this.missions.view(mission).poolId();
		this.ledger.addItem(coordinator, pool, this.ledger.pool(coordinator, pool).version(),
				CostItemDraft.of("Étude", CostCategory.STUDY, new BigDecimal("1000"), null));
		this.ledger.callDeposits(coordinator, pool, this.ledger.pool(coordinator, pool).version(), "Acompte",
				new BigDecimal("30"), LocalDate.of(2027, 4, 1));

		awaitNotification(member, "notifications.ledger.cash-call.no-details");

		assertThat(page("/notifications", member)).contains("300,00\u00a0€")
			.contains("1 avril 2027")
			.contains("demandez-lui comment régler");
	}

	@Test
	void theSettingsPageRefusesAnIbanWhoseKeyIsWrongAndKeepsWhatWasTyped() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, draft("Réglages " + System.nanoTime()));

		var refused = this.mvc
			.perform(post("/ecosystems/" + ecosystem + "/settings").with(user(coordinator))
				.with(csrf())
				.param("accountHolder", "Association Export")
				.param("iban", "FR76 3000 6000 0112 3456 7890 188"))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("La clé de contrôle de cet IBAN")
			.contains("FR76 3000 6000 0112 3456 7890 188");
		assertThat(this.payments.detailsForNotices(ecosystem)).isEmpty();

		var saved = this.mvc
			.perform(post("/ecosystems/" + ecosystem + "/settings").with(user(coordinator))
				.with(csrf())
				.param("accountHolder", "Association Export")
				.param("iban", "fr76 3000 6000 0112 3456 7890 189")
				.param("bic", ""))
			.andReturn()
			.getResponse();

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.payments.detailsForNotices(ecosystem))
			.contains(new PaymentDetails("Association Export", "FR7630006000011234567890189", null));
	}

	private Notification awaitNotification(CoopexUser person, String messageKey) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.center.latest(person.id(), 20)
				.stream()
				.filter((n) -> n.messageKey().equals(messageKey))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private String page(String url, CoopexUser who) throws Exception {
		var response = this.mvc.perform(get(url).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static EcosystemDraft draft(String name) {
		return new EcosystemDraft(name, "Exporter ensemble", Set.of("CA"), Set.of("28"), true, null);
	}

}
