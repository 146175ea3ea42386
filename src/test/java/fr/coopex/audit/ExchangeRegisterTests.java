package fr.coopex.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.ecosystems.EcosystemEvents.AnnouncementPosted;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.missions.LeadStage;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.missions.PriceTalkWarning;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The price-talk warning on shared notes and leads, and the register of information
 * exchanged: what it keeps, who reads it, its CSV, and that nothing exchanged leaks into
 * it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeRegisterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	MissionManagement missions;

	@Autowired
	ExchangeRegister register;

	@Autowired
	ExchangeRegisterReader reader;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser alpha;

	CoopexUser beta;

	CoopexUser gamma;

	CoopexUser outsider;

	long ecosystem;

	long mission;

	@BeforeAll
	void anEcosystemWithAMissionOfTwo() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		this.ecosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft("Échanges " + System.nanoTime(),
				"Exporter ensemble", Set.of("CN"), Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.beta = this.fixtures.member();
		this.gamma = this.fixtures.member();
		for (CoopexUser member : List.of(this.alpha, this.beta, this.gamma)) {
			this.ecosystems.requestToJoin(member, this.ecosystem, null, true);
		}
		this.ecosystems.approveAll(this.coordinator, this.ecosystem);
		this.outsider = this.fixtures.member();
		this.mission = this.missions.propose(this.alpha, this.ecosystem,
				new MissionDraft("Salon de Canton", MissionKind.TRADE_MISSION, "CN", LocalDate.of(2027, 5, 10),
						LocalDate.of(2027, 5, 15), new BigDecimal("1000"), null));
		this.missions.join(this.beta, this.mission);
	}

	@Test
	void aNoteMentioningPricesIsSharedOnlyOnceConfirmedFrenchAndEnglish() throws Exception {
		int before = findings();
		assertThatThrownBy(() -> this.missions.addFinding(this.alpha, this.mission, "Marché chinois",
				"Les TARIFS des distributeurs ont baissé.", false))
			.isInstanceOfSatisfying(PriceTalkWarning.class, (w) -> assertThat(w.words()).contains("tarifs"));
		assertThatThrownBy(() -> this.missions.addFinding(this.beta, this.mission, "Distributors",
				"They asked for a 10% discount on the quote.", false))
			.isInstanceOfSatisfying(PriceTalkWarning.class, (w) -> assertThat(w.words()).contains("discount", "quote"));
		assertThat(findings()).isEqualTo(before);
		long note = this.missions.addFinding(this.alpha, this.mission, "Marché chinois",
				"Les tarifs des distributeurs ont baissé.", true);
		assertThat(this.jdbc.queryForObject("select price_warning_confirmed from mission_finding where id = ?",
				Boolean.class, note))
			.isTrue();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds()).contains("note"));
		ExchangeLine line = this.reader.lines(this.gamma, this.ecosystem).get(0);
		assertThat(line.kind()).isEqualTo(ExchangeRegister.NOTE);
		assertThat(line.warningConfirmed()).isTrue();
		assertThat(line.recipientCompanies()).isEqualTo(1);
		assertThat(line.missionTitle()).isEqualTo("Salon de Canton");
		assertThat(line.authorOrganisation()).isNotBlank();
		// the note's title and text stay in the mission: a member who is not in it reads
		// neither in the register
		assertThat(page("/ecosystems/" + this.ecosystem + "/exchanges", this.gamma)).contains("Salon de Canton")
			.doesNotContain("Marché chinois")
			.doesNotContain("distributeurs ont baissé");
	}

	@Test
	void aPrivateLeadIsNotCheckedASharedOneIsAndNothingOfItReachesTheRegister() throws Exception {
		String marker = "PISTE-" + System.nanoTime();
		LeadDraft priced = new LeadDraft("Client " + marker, null, "CN", "Devis envoyé " + marker, LeadStage.NEW,
				Set.of());
		long lead = this.missions.addLead(this.alpha, this.mission, priced);
		LeadDraft shared = new LeadDraft(priced.companyName(), null, "CN", priced.notes(), LeadStage.NEW,
				Set.of(this.beta.organisationId()));
		long version = this.jdbc.queryForObject("select version from mission_lead where id = ?", Long.class, lead);
		assertThatThrownBy(() -> this.missions.updateLead(this.alpha, this.mission, lead, version, shared, false))
			.isInstanceOf(PriceTalkWarning.class);
		this.missions.updateLead(this.alpha, this.mission, lead, version, shared, true);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds()).contains("lead"));
		for (CoopexUser reader : List.of(this.coordinator, this.gamma, this.beta)) {
			assertThat(page("/ecosystems/" + this.ecosystem + "/exchanges", reader)).contains("Contact partagé")
				.doesNotContain(marker);
			String csv = csv(reader);
			assertThat(csv).doesNotContain(marker).contains("Contact partagé");
		}
	}

	@Test
	void announcementsGoInTheRegisterAndCountsAreByKind() {
		Instant at = Instant.now();
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(new AnnouncementPosted(this.ecosystem,
				System.nanoTime(), this.coordinator.id(), null, "Assemblée générale", 3, false, at)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds()).contains("announcement"));
		LocalDate today = LocalDate.now();
		assertThat(this.register.countsByKind(this.ecosystem, today.minusDays(2), today.plusDays(2)))
			.containsEntry(ExchangeRegister.ANNOUNCEMENT, 1L);
		assertThat(this.register.countsByKind(this.ecosystem, today.plusDays(2), today.plusDays(3)))
			.containsEntry(ExchangeRegister.ANNOUNCEMENT, 0L)
			.containsEntry("confirmed-warnings", 0L);
		assertThat(this.reader.lines(this.alpha, this.ecosystem))
			.anySatisfy((l) -> assertThat(l.title()).isEqualTo("Assemblée générale"));
	}

	@Test
	void thePageAsksToConfirmAndKeepsTheText() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/missions/" + this.mission + "/findings").with(csrf())
				.with(user(this.beta))
				.param("title", "Prices in Shanghai")
				.param("text", "Our margin there is thin."))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Votre texte mentionne : ")
			.contains("margin")
			.contains("name=\"confirmPriceTalk\"")
			.contains("Our margin there is thin.");
		MockHttpServletResponse confirmed = this.mvc
			.perform(post("/missions/" + this.mission + "/findings").with(csrf())
				.with(user(this.beta))
				.param("title", "Prices in Shanghai")
				.param("text", "Our margin there is thin.")
				.param("confirmPriceTalk", "true"))
			.andReturn()
			.getResponse();
		assertThat(confirmed.getStatus()).isEqualTo(302);
	}

	@Test
	void onlyTheEcosystemsCoordinatorsAndMembersReadTheRegister() throws Exception {
		assertThat(status(this.outsider)).isEqualTo(404);
		assertThat(status(this.fixtures.user(Role.ADMIN))).isEqualTo(404);
		assertThat(status(this.gamma)).isEqualTo(200);
		assertThat(status(this.coordinator)).isEqualTo(200);
		assertThat(this.mvc.perform(get("/ecosystems/" + this.ecosystem + "/exchanges.csv").with(user(this.outsider)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.reader.csv(this.alpha, this.ecosystem, Locale.ENGLISH)).isNotEmpty();
	}

	private int findings() {
		return this.jdbc.queryForObject("select count(*) from mission_finding where mission_id = ?", Integer.class,
				this.mission);
	}

	private List<String> kinds() {
		return this.jdbc.queryForList("select kind from exchange_register where ecosystem_id = ?", String.class,
				this.ecosystem);
	}

	private int status(CoopexUser who) throws Exception {
		return this.mvc.perform(get("/ecosystems/" + this.ecosystem + "/exchanges").with(user(who)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private String csv(CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/ecosystems/" + this.ecosystem + "/exchanges.csv").with(user(who)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
