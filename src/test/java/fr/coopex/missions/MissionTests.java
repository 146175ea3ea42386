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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.missions.MissionManagement.MissionDraft;
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
 * Prospection missions: proposing, opting in and out, and the wall around each company's
 * leads.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	MissionManagement missions;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser alpha;

	CoopexUser beta;

	CoopexUser gamma;

	CoopexUser outsider;

	long ecosystem;

	@BeforeAll
	void anEcosystemOfThreeCompanies() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		this.ecosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft("Missions " + System.nanoTime(),
				"Prospecter ensemble", Set.of("CN"), Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.beta = this.fixtures.member();
		this.gamma = this.fixtures.member();
		for (CoopexUser member : List.of(this.alpha, this.beta, this.gamma)) {
			this.ecosystems.requestToJoin(member, this.ecosystem, null, true);
		}
		this.ecosystems.approveAll(this.coordinator, this.ecosystem);
		this.outsider = this.fixtures.member();
	}

	@Test
	void coordinatorsAndMembersProposeOutsidersCannot() {
		long byCoordinator = this.missions.propose(this.coordinator, this.ecosystem, draft("Mission Chine"));
		assertThat(this.missions.view(byCoordinator).participantIds()).isEmpty();
		long byMember = this.missions.propose(this.alpha, this.ecosystem, draft("V.I.E. partagé"));
		assertThat(this.missions.view(byMember).participantIds()).containsExactly(this.alpha.organisationId());
		assertThat(this.missions.view(byMember).budget()).isEqualByComparingTo("24000.50");
		assertThatThrownBy(() -> this.missions.propose(this.outsider, this.ecosystem, draft("Intrus")))
			.isInstanceOf(MissionNotFoundException.class);
		assertThatThrownBy(() -> this.missions.page(this.outsider, byMember))
			.isInstanceOf(MissionNotFoundException.class);
	}

	@Test
	void refusesBadInputFieldByFieldAndSavesNothing() throws Exception {
		int before = this.jdbc.queryForObject("select count(*) from mission", Integer.class);
		assertRefused("budget", "Le budget ne peut pas être négatif.", "budget", "-10");
		assertRefused("budget", "au plus deux décimales", "budget", "100.125");
		assertRefused("budget", "Saisissez un montant en euros", "budget", "dix mille");
		assertRefused("endsOn", "La fin ne peut pas précéder le début.", "endsOn", "2027-04-01");
		assertRefused("market", "Choisissez un pays ou une zone de la liste.", "market", "Z-NOWHERE");
		assertThat(this.jdbc.queryForObject("select count(*) from mission", Integer.class)).isEqualTo(before);
	}

	@Test
	void membersOptInAndOutUntilTheMissionCloses() {
		long mission = this.missions.propose(this.coordinator, this.ecosystem, draft("Rendez-vous B2B"));
		this.missions.join(this.alpha, mission);
		this.missions.join(this.beta, mission);
		assertThatThrownBy(() -> this.missions.join(this.beta, mission)).isInstanceOfSatisfying(MissionException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("missions.already-in"));
		this.missions.leave(this.beta, mission);
		assertThatThrownBy(() -> this.missions.join(this.coordinator, mission))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.missions.join(this.outsider, mission))
			.isInstanceOf(MissionNotFoundException.class);
		this.missions.changeStatus(this.coordinator, mission, version(mission), MissionStatus.CLOSED);
		assertThatThrownBy(() -> this.missions.join(this.gamma, mission)).isInstanceOfSatisfying(MissionException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("missions.not-open"));
		assertThatThrownBy(() -> this.missions.leave(this.alpha, mission)).isInstanceOfSatisfying(
				MissionException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("missions.not-open"));
		assertThatThrownBy(() -> this.missions.changeStatus(this.alpha, mission, version(mission), MissionStatus.DONE))
			.isInstanceOf(AccessDeniedException.class);
		this.missions.changeStatus(this.coordinator, mission, version(mission), MissionStatus.DONE);
		assertThatThrownBy(
				() -> this.missions.changeStatus(this.coordinator, mission, version(mission), MissionStatus.OPEN))
			.isInstanceOf(MissionException.class);
		assertThat(this.missions.view(mission).participantIds()).containsExactly(this.alpha.organisationId());
	}

	@Test
	void aCompanysLeadsNeverShowOnAnotherMembersPages() throws Exception {
		long mission = this.missions.propose(this.coordinator, this.ecosystem, draft("Mission Shanghai"));
		for (CoopexUser member : List.of(this.alpha, this.beta, this.gamma)) {
			this.missions.join(member, mission);
		}
		String marker = "PISTE-SECRETE-" + System.nanoTime();
		long secret = this.missions.addLead(this.alpha, mission, new LeadDraft("Shanghai Motors " + marker, "M. Wang",
				"CN", "Budget 2 M€ " + marker, LeadStage.MEETING, Set.of()));
		long shared = this.missions.addLead(this.alpha, mission, new LeadDraft("Partagé Ltd", "Mme Li", "CN",
				"Pour Gamma " + marker + "-shared", LeadStage.CONTACTED, Set.of(this.gamma.organisationId())));
		this.missions.addFinding(this.beta, mission, "Normes GB", "La certification CCC est exigée.");
		assertThat(page("/missions/" + mission, this.alpha)).contains(marker).contains(marker + "-shared");
		// the shared lead shows to Gamma, read only; the private one does not
		String gammaPage = page("/missions/" + mission, this.gamma);
		assertThat(gammaPage).contains(marker + "-shared").doesNotContain("Budget 2 M€");
		assertThat(status(get("/missions/" + mission + "/leads/" + shared), this.gamma)).isEqualTo(404);
		assertThat(status(post("/missions/" + mission + "/leads/" + shared).with(csrf())
			.param("companyName", "Volé")
			.param("stage", "LOST")
			.param("version", "0"), this.gamma)).isEqualTo(404);
		// Beta, a participant Alpha shared nothing with, sees no lead of Alpha's on any
		// page it reaches
		long alphaCompany = this.alpha.organisationId();
		for (String url : List.of("/missions/" + mission, "/missions", "/missions?ecosystem=" + this.ecosystem, "/",
				"/notifications", "/stands", "/fairs", "/ecosystems/" + this.ecosystem, "/companies/" + alphaCompany,
				"/companies", "/console/ecosystems", "/account/company")) {
			assertThat(page(url, this.beta)).as(url).doesNotContain(marker).doesNotContain("Shanghai Motors");
		}
		for (long lead : List.of(secret, shared)) {
			assertThat(status(get("/missions/" + mission + "/leads/" + lead), this.beta)).isEqualTo(404);
		}
		// the coordinator runs the mission but reads no lead
		String coordinatorPage = page("/missions/" + mission, this.coordinator);
		assertThat(coordinatorPage).contains("La certification CCC est exigée.").doesNotContain(marker);
		// leaving the mission ends what was shared with Gamma
		this.missions.leave(this.gamma, mission);
		assertThat(this.missions.page(this.gamma, mission).sharedWithUs()).isEmpty();
		assertThat(page("/missions/" + mission, this.gamma)).doesNotContain(marker)
			.doesNotContain("La certification CCC est exigée.");
	}

	@Test
	void aMarketNoteSharedByAParticipantShowsToTheOtherParticipants() throws Exception {
		long mission = this.missions.propose(this.coordinator, this.ecosystem, draft("Mission Canton"));
		this.missions.join(this.alpha, mission);
		this.missions.join(this.beta, mission);
		String marker = "NOTE-" + System.nanoTime();
		MockHttpServletResponse shared = this.mvc
			.perform(post("/missions/" + mission + "/findings").with(csrf())
				.with(user(this.alpha))
				.param("title", "Douanes " + marker)
				.param("text", "Les dédouanements prennent trois semaines à Canton " + marker + "."))
			.andReturn()
			.getResponse();
		assertThat(shared.getRedirectedUrl()).isEqualTo("/missions/" + mission + "#findings");
		// Beta, another participant, reads it on the mission's page, as does the
		// coordinator
		for (CoopexUser reader : List.of(this.beta, this.alpha, this.coordinator)) {
			assertThat(page("/missions/" + mission, reader)).as(reader.email())
				.contains("Douanes " + marker)
				.contains("Les dédouanements prennent trois semaines à Canton " + marker + ".");
		}
		assertThat(this.missions.page(this.beta, mission).findings()).singleElement()
			.satisfies((f) -> assertThat(f.title()).isEqualTo("Douanes " + marker));
		// a member of the ecosystem that did not join does not
		assertThat(page("/missions/" + mission, this.gamma)).doesNotContain(marker);
		assertThat(this.missions.page(this.gamma, mission).findings()).isEmpty();
	}

	@Test
	void aLeadIsSharedOnlyWithParticipantsAndEditedOnlyByItsCompany() throws Exception {
		long mission = this.missions.propose(this.alpha, this.ecosystem, draft("Salon Shanghai"));
		this.missions.join(this.beta, mission);
		assertThatThrownBy(() -> this.missions.addLead(this.alpha, mission,
				new LeadDraft("X", null, null, null, LeadStage.NEW, Set.of(this.outsider.organisationId()))))
			.isInstanceOfSatisfying(MissionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("missions.lead.share-not-participant"));
		assertThatThrownBy(() -> this.missions.addLead(this.gamma, mission,
				new LeadDraft("Y", null, null, null, LeadStage.NEW, Set.of())))
			.isInstanceOf(AccessDeniedException.class);
		long lead = this.missions.addLead(this.alpha, mission,
				new LeadDraft("Client", null, "CN", null, LeadStage.NEW, Set.of()));
		MockHttpServletResponse edited = this.mvc
			.perform(post("/missions/" + mission + "/leads/" + lead).with(csrf())
				.with(user(this.alpha))
				.param("companyName", "Client")
				.param("stage", "WON")
				.param("sharedWith", Long.toString(this.beta.organisationId()))
				.param("version", "0"))
			.andReturn()
			.getResponse();
		assertThat(edited.getStatus()).isEqualTo(302);
		assertThat(this.missions.page(this.beta, mission).sharedWithUs()).singleElement()
			.satisfies((l) -> assertThat(l.stage()).isEqualTo(LeadStage.WON));
		// a stale form
		MockHttpServletResponse stale = this.mvc
			.perform(post("/missions/" + mission + "/leads/" + lead).with(csrf())
				.with(user(this.alpha))
				.param("companyName", "Client")
				.param("stage", "LOST")
				.param("version", "0"))
			.andReturn()
			.getResponse();
		assertThat(stale.getContentAsString()).contains("Ce contact a été modifié entre-temps");
		assertThat(this.jdbc.queryForObject("select stage from mission_lead where id = ?", String.class, lead))
			.isEqualTo("WON");
	}

	private MissionDraft draft(String title) {
		return new MissionDraft(title, MissionKind.TRADE_MISSION, "CN", LocalDate.of(2027, 5, 10),
				LocalDate.of(2027, 5, 15), new BigDecimal("24000.5"), "Rencontres avec des intégrateurs.");
	}

	private long version(long mission) {
		return this.jdbc.queryForObject("select version from mission where id = ?", Long.class, mission);
	}

	private void assertRefused(String field, String message, String name, String value) throws Exception {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("ecosystemId", Long.toString(this.ecosystem));
		params.put("title", "Refusée");
		params.put("kind", "MARKET_STUDY");
		params.put("market", "CN");
		params.put("startsOn", "2027-05-10");
		params.put("endsOn", "2027-05-15");
		params.put("budget", "1000");
		params.put(name, value);
		var request = post("/missions/new").with(csrf()).with(user(this.alpha));
		params.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(field).isEqualTo(200);
		assertThat(response.getContentAsString()).as(field).contains("id=\"" + field + "-error\"").contains(message);
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			CoopexUser who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

}
