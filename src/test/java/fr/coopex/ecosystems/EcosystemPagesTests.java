package fr.coopex.ecosystems;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ecosystem pages through the web: bad input on the creation form, decisions on requests,
 * leaving, and coordinators who try their luck on another ecosystem.
 */
@IntegrationTest
class EcosystemPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CompanyManagement companies;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			empty name        | name    | ''       | Ce champ est obligatoire
			blank name        | name    | '   '    | Ce champ est obligatoire
			over-long name    | name    | {151}    | ne doit pas dépasser 150 caractères
			empty purpose     | purpose | ''       | Ce champ est obligatoire
			unknown sector    | sectors | 04       | Ce secteur n’existe pas dans la nomenclature NAF
			sector not a division | sectors | 28.4 | Ce secteur n’existe pas dans la nomenclature NAF
			unknown market    | markets | XX       | Ce marché est inconnu
			""")
	void refusesABadCreationFormAndCreatesNothing(String label, String field, String value, String message)
			throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		String[] form = { "name", "Exporter en Allemagne", "purpose", "Salons et prospection", "sectors", "28",
				"markets", "DE" };
		for (int i = 0; i < form.length; i += 2) {
			if (form[i].equals(field)) {
				form[i + 1] = value.equals("{151}") ? "E".repeat(151) : value;
			}
		}
		MvcResult result = browser.post("/ecosystems/new", form);
		String page = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(label).isEqualTo(200);
		assertThat(page).as(label).contains(message).contains("invalid-feedback");
		if (field.equals("name") || field.equals("purpose")) {
			int at = page.indexOf("id=\"" + field + "-error\"");
			assertThat(at).as("the message sits next to " + field).isPositive();
			assertThat(page.substring(at, page.indexOf("</div>", at))).contains(message);
		}
		assertThat(ecosystemsLedBy(member)).isZero();
		assertThat(this.ecosystems.mine(member)).isEmpty();
	}

	@Test
	void createsAnEcosystemLedByTheMembersCompany() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		MvcResult result = browser.post("/ecosystems/new", "name", "Mécanique au Maghreb", "purpose",
				"Salons et prospection", "sectors", "28", "markets", "Z-MAGHREB", "openToMembers", "true");
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/ecosystems/");
		assertThat(ecosystemsLedBy(member)).isEqualTo(1);
		String page = browser.get(result.getResponse().getRedirectedUrl()).getResponse().getContentAsString();
		assertThat(page).contains("Mécanique au Maghreb").contains("Écosystème créé").contains("id=\"members\"");
	}

	@Test
	void rejectingWithoutAReasonIsRefusedWithAMessage() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser candidate = this.fixtures.member();
		long ecosystem = create(leader);
		long request = requestToJoin(candidate, ecosystem);
		WebSession coordinator = signedIn(leader);

		for (String reason : new String[] { null, "", "   " }) {
			MvcResult result = (reason == null)
					? coordinator.post("/console/ecosystems/" + ecosystem + "/requests/" + request + "/reject")
					: coordinator.post("/console/ecosystems/" + ecosystem + "/requests/" + request + "/reject",
							"reason", reason);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + ecosystem);
			assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
				.contains("Indiquez le motif du refus : l’entreprise le recevra.");
			assertThat(status(request)).isEqualTo("REQUESTED");
		}

		coordinator.post("/console/ecosystems/" + ecosystem + "/requests/" + request + "/reject", "reason",
				"Votre activité ne correspond pas");
		assertThat(status(request)).isEqualTo("REJECTED");
		assertThat(signedIn(candidate).get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Votre précédente demande a été refusée : Votre activité ne correspond pas");
	}

	@Test
	void leavingTakesAConfirmationThenTheCompanyIsNoLongerListed() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser member = this.fixtures.member();
		long ecosystem = create(leader);
		this.ecosystems.approve(leader, ecosystem, requestToJoin(member, ecosystem), MembershipRole.MEMBER);
		WebSession coordinator = signedIn(leader);
		String listed = "href=\"/companies/" + member.organisationId() + "\"";
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString()).contains(listed);

		WebSession browser = signedIn(member);
		String detail = browser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(detail).contains("href=\"/ecosystems/" + ecosystem + "/leave\"");
		// the first step only asks
		MvcResult confirm = browser.get("/ecosystems/" + ecosystem + "/leave");
		assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
		assertThat(confirm.getResponse().getContentAsString()).contains("Votre entreprise va quitter « Export ")
			.contains("action=\"/ecosystems/" + ecosystem + "/leave\"");
		assertThat(this.ecosystems.activeCompanyIds(ecosystem)).contains(member.organisationId());

		MvcResult left = browser.post("/ecosystems/" + ecosystem + "/leave");
		assertThat(left.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + ecosystem);
		String after = browser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(after).contains("Votre entreprise a quitté l’écosystème.").doesNotContain("id=\"members\"");
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.doesNotContain(listed);
		assertThat(this.ecosystems.activeCompanyIds(ecosystem)).doesNotContain(member.organisationId());

		// leaving again only says so
		browser.post("/ecosystems/" + ecosystem + "/leave");
		assertThat(browser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Votre entreprise n’est pas membre de cet écosystème.");
	}

	@Test
	void aCoordinatorOfOneEcosystemCannotDecideForAnother() throws Exception {
		CoopexUser leaderOfX = this.fixtures.member();
		CoopexUser coordinatorOfY = this.fixtures.user(Role.COORDINATOR);
		CoopexUser candidate = this.fixtures.member();
		long x = create(leaderOfX);
		long y = this.ecosystems.create(coordinatorOfY, new EcosystemDraft("Autre " + System.nanoTime(),
				"Coordonné par une CCI", Set.of(), Set.of(), true, null));
		long requestToY = requestToJoin(candidate, y);
		WebSession coordinatorOfX = signedIn(leaderOfX);

		// another ecosystem's request, under its own ecosystem: refused
		assertThat(coordinatorOfX.post("/console/ecosystems/" + y + "/requests/" + requestToY + "/approve")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(
				coordinatorOfX.post("/console/ecosystems/" + y + "/requests/" + requestToY + "/reject", "reason", "Non")
					.getResponse()
					.getStatus())
			.isEqualTo(403);
		assertThat(coordinatorOfX.get("/ecosystems/" + y + "/edit").getResponse().getStatus()).isEqualTo(403);
		assertThat(coordinatorOfX.post("/ecosystems/" + y + "/edit", "name", "Pris", "purpose", "Pris")
			.getResponse()
			.getStatus()).isEqualTo(403);
		// the same request guessed under the ecosystem it coordinates: no such request
		assertThat(coordinatorOfX.post("/console/ecosystems/" + x + "/requests/" + requestToY + "/approve")
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(
				coordinatorOfX.post("/console/ecosystems/" + x + "/requests/" + requestToY + "/reject", "reason", "Non")
					.getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(status(requestToY)).isEqualTo("REQUESTED");
		assertThat(this.ecosystems.activeCompanyIds(x)).doesNotContain(candidate.organisationId());
		assertThat(this.ecosystems.activeCompanyIds(y)).doesNotContain(candidate.organisationId());
		// its own ecosystem's page does not list the other's request
		assertThat(coordinatorOfX.get("/ecosystems/" + x).getResponse().getContentAsString())
			.doesNotContain("/requests/" + requestToY + "/");
	}

	@Test
	void aRequestWithoutTheCharterIsRefusedWithAMessage() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser candidate = this.fixtures.member();
		long ecosystem = this.ecosystems.create(leader, new EcosystemDraft("Charte " + System.nanoTime(),
				"Exporter ensemble", Set.of(), Set.of(), true, "Nous partageons les coûts à parts égales."));
		WebSession browser = signedIn(candidate);
		MvcResult result = browser.post("/ecosystems/" + ecosystem + "/join", "message", "Bonjour");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + ecosystem);
		assertThat(browser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Pour rejoindre l’écosystème, acceptez sa charte.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ecosystem_membership where ecosystem_id = ? and company_id = ?", Integer.class,
				ecosystem, candidate.organisationId()))
			.isZero();
		browser.post("/ecosystems/" + ecosystem + "/join", "message", "Bonjour", "acceptCharter", "true");
		assertThat(browser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Votre demande d’adhésion attend la décision des coordinateurs.");
	}

	@Test
	void anApprovedRequestShowsOnTheNextPageAndLeavesTheRequests() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser candidate = this.fixtures.member();
		long ecosystem = create(leader);
		WebSession coordinator = signedIn(leader);
		String before = coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(before).contains("1 membre").doesNotContain("/companies/" + candidate.organisationId() + "\"");

		long request = requestToJoin(candidate, ecosystem);
		String asked = coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(asked).contains("/requests/" + request + "/approve").contains("1 membre");

		coordinator.post("/console/ecosystems/" + ecosystem + "/requests/" + request + "/approve", "role", "MEMBER");
		String after = coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(after).contains("2 membres")
			.contains("href=\"/companies/" + candidate.organisationId() + "\"")
			.doesNotContain("/requests/" + request + "/approve");
		// the new member sees the page as a member, with the same roster
		String asMember = signedIn(candidate).get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(asMember).contains("2 membres")
			.contains("id=\"members\"")
			.contains("href=\"/companies/" + candidate.organisationId() + "\"")
			.doesNotContain("/requests/")
			.doesNotContain("/ecosystems/" + ecosystem + "/edit");
	}

	@Test
	void aDescriptionOrCoordinatorChangeShowsOnTheNextPage() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser body = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = create(leader);
		WebSession coordinator = signedIn(leader);
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Exporter ensemble")
			.doesNotContain(body.displayName());

		this.ecosystems.update(leader, ecosystem,
				new EcosystemDraft("Renommé " + ecosystem, "Un nouveau but", Set.of("DE"), Set.of("28"), true, null),
				null);
		this.ecosystems.addCoordinator(leader, ecosystem, body.email());
		String after = coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(after).contains("Renommé " + ecosystem)
			.contains("Un nouveau but")
			.doesNotContain("Exporter ensemble")
			.contains(body.displayName());
		// the added coordinator gets the coordinator's page, its first visitor does not
		assertThat(signedIn(body).get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("/ecosystems/" + ecosystem + "/edit");
		assertThat(signedIn(this.fixtures.member()).get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Renommé " + ecosystem)
			.doesNotContain("/ecosystems/" + ecosystem + "/edit")
			.doesNotContain("id=\"members\"");
	}

	@Test
	void aTradeNameMadePrivateLeavesTheRosterAtOnce() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser member = this.fixtures.member();
		long ecosystem = create(leader);
		this.ecosystems.approve(leader, ecosystem, requestToJoin(member, ecosystem), MembershipRole.MEMBER);
		String tradeName = "Enseigne " + System.nanoTime();
		name(member, tradeName, Visibility.ECOSYSTEM);
		WebSession coordinator = signedIn(leader);
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString()).contains(tradeName);

		name(member, tradeName, Visibility.PRIVATE);
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.doesNotContain(tradeName)
			.contains("href=\"/companies/" + member.organisationId() + "\"");
	}

	// --- helpers

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc, "198.51.100.50");
		assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
		return session;
	}

	private void name(CoopexUser member, String tradeName, Visibility visibility) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), tradeName, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), null, null, null,
						Set.of(), Set.of(), Map.of(ProfileField.TRADE_NAME, visibility)));
	}

	private long create(CoopexUser leader) {
		return this.ecosystems.create(leader, new EcosystemDraft("Export " + System.nanoTime(), "Exporter ensemble",
				Set.of("DE"), Set.of("28"), true, null));
	}

	private long requestToJoin(CoopexUser member, long ecosystem) {
		this.ecosystems.requestToJoin(member, ecosystem, null, true);
		return this.jdbc.queryForObject("select id from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				Long.class, ecosystem, member.organisationId());
	}

	private String status(long membership) {
		return this.jdbc.queryForObject("select status from ecosystem_membership where id = ?", String.class,
				membership);
	}

	private int ecosystemsLedBy(CoopexUser member) {
		return this.jdbc.queryForObject("select count(*) from ecosystem where leader_company_id = ?", Integer.class,
				member.organisationId());
	}

}
