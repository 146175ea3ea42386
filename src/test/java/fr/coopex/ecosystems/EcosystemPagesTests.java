package fr.coopex.ecosystems;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import fr.coopex.fairs.StandFixtures;
import fr.coopex.fairs.StandManagement;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Paging;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ecosystem pages through the web: bad input on the creation form, decisions on requests,
 * invitations, charter versions, the life of an ecosystem, the directory's filters,
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

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	Ledger ledger;

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

	@Test
	void aChangedCharterIsANewVersionThatEachMemberIsAskedToAccept() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser member = this.fixtures.member();
		String name = "Charte vivante " + System.nanoTime();
		long ecosystem = this.ecosystems.create(leader, new EcosystemDraft(name, "Exporter ensemble", Set.of("DE"),
				Set.of("28"), true, "1. Chacun reste libre de ses prix."));
		this.ecosystems.approve(leader, ecosystem, requestToJoin(member, ecosystem), MembershipRole.MEMBER);
		WebSession memberBrowser = signedIn(member);
		String before = memberBrowser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(before).contains("Lire la charte (version 1)")
			.doesNotContain("La charte a changé")
			.doesNotContain("/ecosystems/" + ecosystem + "/charter/accept");

		// the coordinator rewrites the charter through the edit form
		WebSession coordinator = signedIn(leader);
		String newCharter = "2. Les coûts communs sont partagés au prorata des surfaces.";
		MvcResult saved = coordinator.post("/ecosystems/" + ecosystem + "/edit", "name", name, "purpose",
				"Exporter ensemble", "markets", "DE", "sectors", "28", "openToMembers", "true", "charter", newCharter);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + ecosystem);
		assertThat(charterVersions(ecosystem)).isEqualTo(2);
		// saving the same text again makes no third version
		coordinator.post("/ecosystems/" + ecosystem + "/edit", "name", name, "purpose", "Exporter ensemble", "markets",
				"DE", "sectors", "28", "openToMembers", "true", "charter", newCharter);
		assertThat(charterVersions(ecosystem)).isEqualTo(2);

		String asked = memberBrowser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(asked).contains("La charte a changé (version 2)")
			.contains("action=\"/ecosystems/" + ecosystem + "/charter/accept\"")
			.contains("Lire la charte (version 2)")
			.contains(newCharter);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications(member, "notifications.charter", "/ecosystems/" + ecosystem + "#join") == 1);
		// the leader firm is a member too: its people are asked as well
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("La charte a changé (version 2)");

		MvcResult accepted = memberBrowser.post("/ecosystems/" + ecosystem + "/charter/accept");
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + ecosystem);
		assertThat(acceptedCharter(ecosystem, member)).isEqualTo(2);
		String after = memberBrowser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(after).contains("Charte acceptée.")
			.doesNotContain("La charte a changé")
			.doesNotContain("/ecosystems/" + ecosystem + "/charter/accept");
		// the leader firm has not accepted yet: still asked
		assertThat(acceptedCharter(ecosystem, leader)).isEqualTo(1);
	}

	@Test
	void anEcosystemFormsThenRunsThenDissolvesAndADissolvedOneSharesNothing() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser member = this.fixtures.member();
		CoopexUser latecomer = this.fixtures.member();
		String tag = "Cycle" + System.nanoTime();
		String name = tag + " de vie";
		long ecosystem = this.ecosystems.create(leader,
				new EcosystemDraft(name, "Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		this.ecosystems.approve(leader, ecosystem, requestToJoin(member, ecosystem), MembershipRole.MEMBER);
		String products = "Roulements" + System.nanoTime();
		CompanyCard own = this.companies.ownProfile(leader);
		this.companies.update(leader,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, Set.of(), Set.of(), products, null, null,
						Set.of(), Set.of(), Map.of(ProfileField.PRODUCTS, Visibility.ECOSYSTEM)));
		WebSession coordinator = signedIn(leader);
		WebSession fellow = signedIn(member);
		String pageOfLeader = "/companies/" + leader.organisationId();
		String listed = "href=\"/ecosystems/" + ecosystem + "\"";
		String directory = "/ecosystems?q=" + tag;
		assertThat(this.ecosystems.summary(ecosystem).status()).isEqualTo(EcosystemStatus.FORMING);
		assertThat(fellow.get(directory).getResponse().getContentAsString()).contains(listed).contains("En formation");
		assertThat(fellow.get(pageOfLeader).getResponse().getContentAsString()).contains(products);

		assertThat(edit(coordinator, ecosystem, name, "ACTIVE").getResponse().getRedirectedUrl())
			.isEqualTo("/ecosystems/" + ecosystem);
		assertThat(this.ecosystems.summary(ecosystem).status()).isEqualTo(EcosystemStatus.ACTIVE);
		assertThat(fellow.get(directory).getResponse().getContentAsString()).contains(listed).contains("Actif");
		// it never goes back
		MvcResult back = edit(coordinator, ecosystem, name, "FORMING");
		assertThat(back.getResponse().getStatus()).isEqualTo(200);
		assertThat(back.getResponse().getContentAsString())
			.contains("Ce changement de statut n’est pas possible (en formation → actif → dissous).");
		assertThat(this.ecosystems.summary(ecosystem).status()).isEqualTo(EcosystemStatus.ACTIVE);
		assertThat(fellow.get(pageOfLeader).getResponse().getContentAsString()).contains(products);

		assertThat(edit(coordinator, ecosystem, name, "DISSOLVED").getResponse().getRedirectedUrl())
			.isEqualTo("/ecosystems/" + ecosystem);
		assertThat(this.ecosystems.summary(ecosystem).status()).isEqualTo(EcosystemStatus.DISSOLVED);
		assertThat(fellow.get(directory).getResponse().getContentAsString()).doesNotContain(listed);
		assertThat(signedIn(latecomer).get(directory).getResponse().getContentAsString()).doesNotContain(listed);
		// its former members no longer see each other's ecosystem-level fields, at once
		assertThat(fellow.get(pageOfLeader).getResponse().getContentAsString()).doesNotContain(products);
		assertThat(fellow.get("/companies?q=" + products).getResponse().getContentAsString())
			.doesNotContain("href=\"/companies/" + leader.organisationId() + "\"");
		assertThat(this.companies.card(member, leader.organisationId()).orElseThrow().products()).isNull();
		assertThat(this.ecosystems.companiesSeenAtEcosystemLevel(member)).doesNotContain(leader.organisationId());
		assertThat(this.ecosystems.companiesSeenAtEcosystemLevel(leader)).doesNotContain(member.organisationId());
		// and nobody may join it any more
		signedIn(latecomer).post("/ecosystems/" + ecosystem + "/join", "message", "Bonjour");
		assertThat(this.ecosystems.activeCompanyIds(ecosystem)).doesNotContain(latecomer.organisationId());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ecosystem_membership where ecosystem_id = ? and company_id = ?", Integer.class,
				ecosystem, latecomer.organisationId()))
			.isZero();
	}

	@Test
	void aCoordinatorInvitesCompaniesThatAcceptOrDecline() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser invited = this.fixtures.member();
		CoopexUser reluctant = this.fixtures.member();
		long ecosystem = this.ecosystems.create(leader, new EcosystemDraft("Invitations " + System.nanoTime(),
				"Exporter ensemble", Set.of("DE"), Set.of("28"), true, "Chacun reste libre de ses clients."));
		WebSession coordinator = signedIn(leader);
		for (CoopexUser company : List.of(invited, reluctant)) {
			MvcResult sent = coordinator.post("/console/ecosystems/" + ecosystem + "/invitations", "siren",
					this.companies.ownProfile(company).siren(), "role", "MEMBER");
			assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + ecosystem);
			assertThat(status(membershipOf(company, ecosystem))).isEqualTo("INVITED");
		}
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Invitation envoyée à l’entreprise.")
			.contains(this.companies.ownProfile(invited).legalName());
		// an unknown SIREN invites nobody, and says so
		coordinator.post("/console/ecosystems/" + ecosystem + "/invitations", "siren", Fixtures.uniqueSiren());
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Aucune entreprise inscrite sur Coopex n’a ce SIREN.");

		// the invited companies are told, and their page offers to accept or decline
		for (CoopexUser company : List.of(invited, reluctant)) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> notifications(company, "notifications.invited",
						"/ecosystems/" + ecosystem + "#join") == 1);
		}
		WebSession invitedBrowser = signedIn(invited);
		assertThat(invitedBrowser.get("/notifications").getResponse().getContentAsString())
			.contains("Votre entreprise est invitée à rejoindre l’écosystème Invitations ");
		assertThat(invitedBrowser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Les coordinateurs invitent votre entreprise à rejoindre cet écosystème.")
			.contains("action=\"/ecosystems/" + ecosystem + "/invitation/accept\"")
			.contains("action=\"/ecosystems/" + ecosystem + "/invitation/decline\"");

		// accepting takes the charter
		invitedBrowser.post("/ecosystems/" + ecosystem + "/invitation/accept");
		assertThat(status(membershipOf(invited, ecosystem))).isEqualTo("INVITED");
		assertThat(invitedBrowser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Pour rejoindre l’écosystème, acceptez sa charte.");
		invitedBrowser.post("/ecosystems/" + ecosystem + "/invitation/accept", "acceptCharter", "true");
		assertThat(status(membershipOf(invited, ecosystem))).isEqualTo("ACTIVE");
		assertThat(this.ecosystems.activeCompanyIds(ecosystem)).contains(invited.organisationId());
		assertThat(acceptedCharter(ecosystem, invited)).isEqualTo(1);
		assertThat(invitedBrowser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Bienvenue dans l’écosystème !")
			.contains("id=\"members\"");

		WebSession reluctantBrowser = signedIn(reluctant);
		reluctantBrowser.post("/ecosystems/" + ecosystem + "/invitation/decline");
		assertThat(status(membershipOf(reluctant, ecosystem))).isEqualTo("DECLINED");
		assertThat(this.ecosystems.activeCompanyIds(ecosystem)).doesNotContain(reluctant.organisationId());
		assertThat(reluctantBrowser.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Invitation déclinée.")
			.doesNotContain("id=\"members\"");
		// a declined invitation cannot be accepted afterwards
		reluctantBrowser.post("/ecosystems/" + ecosystem + "/invitation/accept", "acceptCharter", "true");
		assertThat(status(membershipOf(reluctant, ecosystem))).isEqualTo("DECLINED");
		assertThat(coordinator.get("/ecosystems/" + ecosystem).getResponse().getContentAsString())
			.contains("Aucune invitation en attente.");
	}

	@Test
	void aRejectedCompanyIsToldWhy() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser candidate = this.fixtures.member();
		String name = "Refus " + System.nanoTime();
		long ecosystem = this.ecosystems.create(leader,
				new EcosystemDraft(name, "Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		long request = requestToJoin(candidate, ecosystem);
		String reason = "Nous cherchons des fondeurs, pas des usineurs " + System.nanoTime();
		signedIn(leader).post("/console/ecosystems/" + ecosystem + "/requests/" + request + "/reject", "reason",
				reason);
		assertThat(status(request)).isEqualTo("REJECTED");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications(candidate, "notifications.rejected", "/ecosystems/" + ecosystem + "#join") == 1);
		assertThat(signedIn(candidate).get("/notifications").getResponse().getContentAsString())
			.contains("Votre demande pour l’écosystème " + name + " a été refusée : " + reason);
		assertThat(notifications(candidate, "notifications.approved", "/ecosystems/" + ecosystem + "#join")).isZero();
	}

	@Test
	void theDirectoryFiltersBySectorCoordinationMarketAndOpenness() throws Exception {
		String tag = "Filtre" + System.nanoTime();
		CoopexUser chamber = this.fixtures.user(Role.COORDINATOR);
		long machines = this.ecosystems.create(this.fixtures.member(), new EcosystemDraft(tag + " Machines",
				"Exporter des machines", Set.of("DE"), Set.of("28"), true, "Charte des machines."));
		long sensors = this.ecosystems.create(chamber, new EcosystemDraft(tag + " Capteurs",
				"Accompagnement par la CCI", Set.of("CN"), Set.of("26"), false, null));
		long motors = this.ecosystems.create(this.fixtures.member(), new EcosystemDraft(tag + " Moteurs",
				"Exporter des moteurs", Set.of("CN", "DE"), Set.of("26", "27"), true, null));
		WebSession visitor = signedIn(this.fixtures.member());
		String search = "/ecosystems?q=" + tag;

		assertThat(found(visitor, search, machines, sensors, motors)).containsExactly(true, true, true);
		assertThat(found(visitor, search + "&sector=28", machines, sensors, motors)).containsExactly(true, false,
				false);
		assertThat(found(visitor, search + "&sector=26", machines, sensors, motors)).containsExactly(false, true, true);
		assertThat(found(visitor, search + "&coordination=THIRD_PARTY", machines, sensors, motors))
			.containsExactly(false, true, false);
		assertThat(found(visitor, search + "&coordination=LEADER_FIRM", machines, sensors, motors))
			.containsExactly(true, false, true);
		assertThat(found(visitor, search + "&open=true", machines, sensors, motors)).containsExactly(true, false, true);
		assertThat(found(visitor, search + "&market=CN", machines, sensors, motors)).containsExactly(false, true, true);
		assertThat(found(visitor, search + "&sector=26&coordination=LEADER_FIRM&open=true", machines, sensors, motors))
			.containsExactly(false, false, true);
		// the filters stay chosen on the page
		assertThat(visitor.get(search + "&coordination=THIRD_PARTY&open=true").getResponse().getContentAsString())
			.contains("<option value=\"THIRD_PARTY\" selected=\"selected\">")
			.containsPattern("id=\"open\" name=\"open\" value=\"true\" checked");

		// the public page, signed out, shows what the ecosystem is about
		WebSession anonymous = new WebSession(this.mvc, "198.51.100.50");
		String page = anonymous.get("/ecosystems/" + machines).getResponse().getContentAsString();
		assertThat(page).contains("Entreprise leader")
			.contains("Allemagne")
			.contains("28 Fabrication de machines et équipements n.c.a.")
			.contains("Charte des machines.")
			.contains("Exporter des machines");
		String thirdParty = anonymous.get("/ecosystems/" + sensors).getResponse().getContentAsString();
		assertThat(thirdParty).contains("Coordination par un tiers")
			.contains("Chine")
			.contains("26 Fabrication de produits informatiques, électroniques et optiques")
			.contains("Pas encore de charte.");
		assertThat(visitor.get("/ecosystems/" + sensors).getResponse().getContentAsString())
			.contains("Cet écosystème n’accepte pas de nouveaux membres pour l’instant.")
			.doesNotContain("action=\"/ecosystems/" + sensors + "/join\"");
		assertThat(visitor.get("/ecosystems/" + machines).getResponse().getContentAsString())
			.contains("action=\"/ecosystems/" + machines + "/join\"");
	}

	@Test
	void aCompanyThatLeavesKeepsItsShareOfASharedCostAndItsStatement() throws Exception {
		StandFixtures.Ecosystem shared = this.standFixtures.ecosystem(2);
		CoopexUser leaving = shared.members().get(0);
		CoopexUser staying = shared.members().get(1);
		long stand = this.standFixtures.stand(shared, this.standFixtures.fair("Automatica " + System.nanoTime()), "60",
				"6");
		this.stands.book(leaving, stand, new BigDecimal("12"), null);
		this.stands.book(staying, stand, new BigDecimal("18"), null);
		this.standFixtures.spaceCost(shared, stand, "6000");
		long pool = this.stands.view(stand).poolId();
		PoolView.Participant before = this.ledger.participant(shared.coordinator(), pool, leaving.organisationId())
			.orElseThrow();
		var shareBefore = this.ledger.preview(shared.coordinator(), pool).share(leaving.organisationId()).orElseThrow();
		assertThat(shareBefore.gross()).isPositive();
		WebSession browser = signedIn(leaving);
		String statementBefore = browser.get("/pools/" + pool + "/statement.csv").getResponse().getContentAsString();
		assertThat(statementBefore).contains("Surface nue");

		browser.post("/ecosystems/" + shared.id() + "/leave");
		assertThat(this.ecosystems.activeCompanyIds(shared.id())).doesNotContain(leaving.organisationId());

		// still in the pool, with the same share
		assertThat(this.ledger.pool(shared.coordinator(), pool).activeParticipants())
			.extracting(PoolView.Participant::companyId)
			.contains(leaving.organisationId());
		assertThat(this.ledger.participant(shared.coordinator(), pool, leaving.organisationId()).orElseThrow().area())
			.isEqualByComparingTo(before.area());
		assertThat(this.ledger.preview(shared.coordinator(), pool).share(leaving.organisationId()).orElseThrow())
			.isEqualTo(shareBefore);
		// and it still reads the pool and downloads its statement
		MvcResult poolPage = browser.get("/pools/" + pool);
		assertThat(poolPage.getResponse().getStatus()).isEqualTo(200);
		MvcResult statement = browser.get("/pools/" + pool + "/statement.csv");
		assertThat(statement.getResponse().getStatus()).isEqualTo(200);
		assertThat(statement.getResponse().getContentAsString()).isEqualTo(statementBefore);
		assertThat(browser.get("/pools/" + pool + "/statement.pdf").getResponse().getStatus()).isEqualTo(200);
		assertThat(browser.get("/pools").getResponse().getContentAsString()).contains("/pools/" + pool);
		// but no longer the ecosystem's insides
		assertThat(browser.get("/ecosystems/" + shared.id()).getResponse().getContentAsString())
			.doesNotContain("id=\"members\"");
	}

	// --- helpers

	@Test
	void anSmeManagerCreatesAnEcosystemLedByItsFirm() {
		CoopexUser member = this.fixtures.member();
		long ecosystem = create(member);
		assertThat(this.ecosystems.summary(ecosystem).coordination()).isEqualTo(Coordination.LEADER_FIRM);
		assertThat(this.jdbc.queryForMap("select leader_company_id, coordination_body_id from ecosystem where id = ?",
				ecosystem))
			.containsEntry("leader_company_id", member.organisationId())
			.containsEntry("coordination_body_id", null);
		assertThat(this.ecosystems.activeRoles(ecosystem))
			.containsExactlyEntriesOf(Map.of(member.organisationId(), MembershipRole.LEADER));
		assertThat(this.ecosystems.isCoordinator(member, ecosystem)).isTrue();
	}

	@Test
	void aCoordinationBodyCreatesAThirdPartyEcosystemWithNoLeaderFirm() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = create(coordinator);
		assertThat(this.ecosystems.summary(ecosystem).coordination()).isEqualTo(Coordination.THIRD_PARTY);
		assertThat(this.jdbc.queryForMap("select leader_company_id, coordination_body_id from ecosystem where id = ?",
				ecosystem))
			.containsEntry("leader_company_id", null)
			.containsEntry("coordination_body_id", coordinator.organisationId());
		assertThat(this.ecosystems.activeRoles(ecosystem)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from ecosystem_membership where ecosystem_id = ?",
				Integer.class, ecosystem))
			.isZero();
		assertThat(this.ecosystems.summary(ecosystem).memberCount()).isZero();
		assertThat(this.ecosystems.isCoordinator(coordinator, ecosystem)).isTrue();
	}

	@Test
	void theCoopetitionMapIsShownToTheCoordinatorsAndNotToOutsiders() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		CoopexUser first = this.fixtures.member();
		CoopexUser second = this.fixtures.member();
		CoopexUser outsider = this.fixtures.member();
		long ecosystem = create(coordinator);
		for (CoopexUser member : List.of(first, second)) {
			this.ecosystems.approve(coordinator, ecosystem, requestToJoin(member, ecosystem), MembershipRole.MEMBER);
		}
		// a coordinator of a leader firm's ecosystem who is not of a member firm sees it
		// too
		CoopexUser added = this.fixtures.user(Role.COORDINATOR);
		long led = create(first);
		this.ecosystems.approve(first, led, requestToJoin(second, led), MembershipRole.MEMBER);
		this.ecosystems.addCoordinator(first, led, added.email());

		for (var seen : List.of(Map.entry(coordinator, ecosystem), Map.entry(added, led),
				Map.entry(first, ecosystem))) {
			String page = signedIn(seen.getKey()).get("/ecosystems/" + seen.getValue())
				.getResponse()
				.getContentAsString();
			assertThat(page).as(seen.getKey().email()).contains("id=\"coopetition-map\"").contains("id=\"members\"");
		}
		String outside = signedIn(outsider).get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
		assertThat(outside).contains(this.ecosystems.summary(ecosystem).name())
			.doesNotContain("id=\"coopetition-map\"")
			.doesNotContain("id=\"members\"");
	}

	@Test
	void aMapOfMoreThanThirtyMembersGroupsThemByActivityWithTheLinksBetweenGroups() throws Exception {
		int members = CoopetitionMap.COLLAPSE_ABOVE + 2;
		int half = (members + 1) / 2;
		StandFixtures.Ecosystem eco = twoActivities(members);
		String page = signedIn(eco.coordinator()).get("/ecosystems/" + eco.id()).getResponse().getContentAsString();
		// two groups, competing inside, complementary between them: one link, its reason
		// said
		assertThat(page).contains("id=\"group-0\"", "id=\"group-1\"")
			.contains(members + " membres : la carte regroupe les entreprises par activité")
			.contains(" : Complémentarité, " + (half * (members - half)) + " paires.");
	}

	@Test
	void aCollapsedMapListsTheFirstPairsAndThePairsPageListsThemAllPageByPage() throws Exception {
		int members = CoopetitionMap.COLLAPSE_ABOVE + 2;
		// two activities aiming at the same market: every two members compete or
		// complement each other
		int pairs = members * (members - 1) / 2;
		StandFixtures.Ecosystem eco = twoActivities(members);
		CoopexUser member = eco.members().get(0);
		WebSession session = signedIn(member);
		String url = "/ecosystems/" + eco.id() + "/pairs";

		String ecosystemPage = session.get("/ecosystems/" + eco.id()).getResponse().getContentAsString();
		assertThat(rows(ecosystemPage, "pairs")).hasSize(CoopetitionMap.MAX_PAIRS);
		assertThat(rows(ecosystemPage, "own-pairs")).hasSize(CoopetitionMap.MAX_PAIRS);
		assertThat(ecosystemPage).contains("href=\"" + url + "\"", "Voir les " + pairs + " paires, page par page")
			.contains("href=\"" + url + "?own=true\"", "Voir vos " + (members - 1) + " relations, page par page");

		// every pair once across the pages, competitors first; a page beyond the last
		// shows the last
		List<String> all = new ArrayList<>();
		int pageCount = (pairs + 24) / 25;
		for (int p = 1; p <= pageCount; p++) {
			String page = session.get(url + "?page=" + p).getResponse().getContentAsString();
			assertThat(page).contains("Page " + p + " sur " + pageCount);
			all.addAll(rows(page, "pairs"));
		}
		assertThat(all).hasSize(pairs).doesNotHaveDuplicates();
		assertThat(all.get(0)).contains("Concurrence");
		assertThat(all.get(pairs - 1)).contains("Complémentarité");
		assertThat(session.get(url + "?page=99").getResponse().getContentAsString())
			.contains("Page " + pageCount + " sur " + pageCount)
			.contains(pairs + " paires de membres");

		// the member's own relations: the other firm of each, every one once
		List<String> own = new ArrayList<>();
		for (int p = 1; p <= 2; p++) {
			own.addAll(rows(session.get(url + "?own=true&page=" + p).getResponse().getContentAsString(), "pairs"));
		}
		// the next page's link keeps to the firm's own relations
		assertThat(session.get(url + "?own=true").getResponse().getContentAsString())
			.contains("href=\"" + url + "?own=true&amp;page=2\"");
		String ownName = this.companies.ownProfile(member).displayName();
		assertThat(own).hasSize(members - 1).doesNotHaveDuplicates().noneMatch((row) -> row.contains(ownName));

		// a coordinator who is not a company's sees every pair; an outsider nothing; a
		// page that is not a number is refused
		assertThat(signedIn(eco.coordinator()).get(url + "?own=true").getResponse().getContentAsString())
			.contains(pairs + " paires de membres");
		assertThat(signedIn(this.fixtures.member()).get(url).getResponse().getStatus()).isEqualTo(404);
		assertThat(session.get(url + "?page=abc").getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void anEcosystemOfManyMembersListsTheFirstAndTheMembersPageListsThemAllPageByPage() throws Exception {
		int members = CoopetitionMap.COLLAPSE_ABOVE + 2;
		StandFixtures.Ecosystem eco = twoActivities(members);
		WebSession session = signedIn(eco.members().get(0));
		String url = "/ecosystems/" + eco.id() + "/members";

		String ecosystemPage = session.get("/ecosystems/" + eco.id()).getResponse().getContentAsString();
		assertThat(rows(ecosystemPage, "members")).hasSize(CoopetitionMap.COLLAPSE_ABOVE);
		assertThat(ecosystemPage).contains("href=\"" + url + "\"", "Voir les " + members + " membres, page par page");

		// every member once across the two pages, in the order of the ecosystem's page
		String first = session.get(url).getResponse().getContentAsString();
		assertThat(first).contains(members + " membres actifs", "Membres, page 1 sur 2", "href=\"" + url + "?page=2\"");
		List<String> all = new ArrayList<>(rows(first, "members"));
		all.addAll(rows(session.get(url + "?page=2").getResponse().getContentAsString(), "members"));
		assertThat(all).hasSize(members).doesNotHaveDuplicates();
		assertThat(all.subList(0, CoopetitionMap.COLLAPSE_ABOVE)).isEqualTo(rows(ecosystemPage, "members"));
		for (CoopexUser member : eco.members()) {
			String name = this.companies.ownProfile(member).displayName();
			assertThat(all).anyMatch((row) -> row.contains(" " + name + " "));
		}
		// a page beyond the last shows the last; in English too
		assertThat(session.get(url + "?page=99").getResponse().getContentAsString()).contains("Membres, page 2 sur 2");
		assertThat(session.get(url + "?lang=en").getResponse().getContentAsString())
			.contains(members + " active members, the leader firm first", "Members, page 1 of 2");

		assertThat(first).doesNotContain("id=\"member-roles\"");

		// its coordinator changes their roles there, 25 at a time, and on the ecosystem's
		// page for the first 30
		WebSession coordinator = signedIn(eco.coordinator());
		String roles = coordinator.get(url).getResponse().getContentAsString();
		assertThat(roles).contains(members + " membres actifs");
		assertThat(rows(roles, "member-roles")).hasSize(Paging.SIZE);
		assertThat(roles).contains("action=\"/console/ecosystems/" + eco.id() + "/members/");
		String coordinatorsPage = coordinator.get("/ecosystems/" + eco.id()).getResponse().getContentAsString();
		assertThat(rows(coordinatorsPage, "member-roles")).hasSize(CoopetitionMap.COLLAPSE_ABOVE);
		assertThat(coordinatorsPage).contains("Changer le rôle des " + members + " membres, page par page");

		// an outsider learns nothing; a page that is not a number is refused
		assertThat(signedIn(this.fixtures.member()).get(url).getResponse().getStatus()).isEqualTo(404);
		assertThat(session.get(url + "?page=abc").getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void aSmallEcosystemListsAllItsMembersWithoutALinkToTheMembersPage() throws Exception {
		StandFixtures.Ecosystem eco = this.standFixtures.ecosystem(3);
		String page = signedIn(eco.members().get(0)).get("/ecosystems/" + eco.id()).getResponse().getContentAsString();
		assertThat(rows(page, "members")).hasSize(3);
		assertThat(page).doesNotContain("id=\"members-more\"", "/ecosystems/" + eco.id() + "/members");
	}

	/** The rows of a table's body, as text without tags. */
	private static List<String> rows(String page, String tableId) {
		int start = page.indexOf("id=\"" + tableId + "\"");
		assertThat(start).as(tableId).isPositive();
		String table = page.substring(page.indexOf("<tbody>", start), page.indexOf("</tbody>", start));
		return Arrays.stream(table.split("<tr"))
			.skip(1)
			.map((row) -> row.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim())
			.toList();
	}

	/**
	 * An ecosystem of members in two activities (28.41 and 27.11, in turn) that all aim
	 * at the US.
	 */
	private StandFixtures.Ecosystem twoActivities(int members) {
		StandFixtures.Ecosystem eco = this.standFixtures.ecosystem(members);
		for (int i = 0; i < eco.members().size(); i++) {
			CoopexUser member = eco.members().get(i);
			CompanyCard own = this.companies.ownProfile(member);
			this.companies.update(member, new ProfileUpdate(own.version(), own.legalName(), null, null, null,
					(i % 2 == 0) ? "28.41Z" : "27.11Z", null, null, null, null, null, null, null, null, null, null,
					null, null, null, Set.of(), Set.of("US"), null, null, null, Set.of(), Set.of(), Map.of()));
		}
		return eco;
	}

	@Test
	void anEcosystemsMarketsAreNamedInTheLanguageOfThePage() throws Exception {
		long ecosystem = this.ecosystems.create(this.fixtures.member(), new EcosystemDraft(
				"Marchés " + System.nanoTime(), "Exporter ensemble", Set.of("DE", "JP"), Set.of("28"), true, null));
		WebSession anonymous = new WebSession(this.mvc, "198.51.100.50");
		String url = "/ecosystems/" + ecosystem;
		assertThat(anonymous.get(url).getResponse().getContentAsString()).contains("Allemagne", "Japon")
			.doesNotContain("Germany", "Japan");
		assertThat(anonymous.get(url + "?lang=en").getResponse().getContentAsString()).contains("Germany", "Japan")
			.doesNotContain("Allemagne", "Japon");
	}

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

	private MvcResult edit(WebSession coordinator, long ecosystem, String name, String status) throws Exception {
		return coordinator.post("/ecosystems/" + ecosystem + "/edit", "name", name, "purpose", "Exporter ensemble",
				"markets", "DE", "sectors", "28", "openToMembers", "true", "status", status);
	}

	/** Whether each ecosystem is among the results of a directory search. */
	private static List<Boolean> found(WebSession browser, String search, long... ecosystems) throws Exception {
		String page = browser.get(search).getResponse().getContentAsString();
		String results = page.substring(page.indexOf("id=\"results\""));
		return Arrays.stream(ecosystems).mapToObj((id) -> results.contains("href=\"/ecosystems/" + id + "\"")).toList();
	}

	private long membershipOf(CoopexUser member, long ecosystem) {
		return this.jdbc.queryForObject("select id from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				Long.class, ecosystem, member.organisationId());
	}

	private int charterVersions(long ecosystem) {
		return this.jdbc.queryForObject("select count(*) from ecosystem_charter where ecosystem_id = ?", Integer.class,
				ecosystem);
	}

	private Integer acceptedCharter(long ecosystem, CoopexUser member) {
		return this.jdbc.queryForObject(
				"select charter_version_accepted from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				Integer.class, ecosystem, member.organisationId());
	}

	private int notifications(CoopexUser person, String messageKey, String link) {
		return this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and message_key = ? and link = ?", Integer.class,
				person.id(), messageKey, link);
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
