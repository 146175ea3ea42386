package fr.coopex.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every organisation manages its own people: the first person is its manager; managers
 * invite, remove (sessions end at once) and promote; the last manager stays.
 */
@IntegrationTest
class PeopleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganisationPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theManagerInvitesAColleagueWhoJoinsAsAMemberNotAManager() throws Exception {
		CoopexUser manager = this.fixtures.member();
		WebSession browser = signedIn(manager);
		String email = Fixtures.uniqueEmail("colleague");
		assertThat(browser.post("/account/organisation/people/invite", "email", email).getResponse().getRedirectedUrl())
			.isEqualTo("/account/organisation/people");
		assertThat(browser.get("/account/organisation/people").getResponse().getContentAsString()).contains(email);
		CoopexUser colleague = join(email, "Paul Collègue");
		assertThat(colleague.organisationId()).isEqualTo(manager.organisationId());
		assertThat(colleague.role()).isEqualTo(Role.MEMBER);
		assertThat(this.people.isManager(colleague)).isFalse();
		assertThat(this.people.isManager(manager)).isTrue();
		// a colleague who does not manage sees the people but cannot manage them
		WebSession other = signedIn(colleague);
		String page = other.get("/account/organisation/people").getResponse().getContentAsString();
		assertThat(page).contains(manager.displayName()).doesNotContain("/remove").doesNotContain("name=\"email\"");
		assertThat(other.post("/account/organisation/people/invite", "email", Fixtures.uniqueEmail("x"))
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(other.post("/account/organisation/people/" + manager.id() + "/remove").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.accounts.find(manager.id()).orElseThrow().enabled()).isTrue();
	}

	@Test
	void theLastManagerCannotBeRemovedNorStepDownButAnotherCanBeAppointedFirst() throws Exception {
		CoopexUser manager = this.fixtures.member();
		CoopexUser colleague = join(invite(manager), "Lucie Collègue");
		WebSession browser = signedIn(manager);
		browser.post("/account/organisation/people/" + manager.id() + "/remove");
		browser.post("/account/organisation/people/" + manager.id() + "/step-down");
		assertThat(this.people.isManager(manager)).isTrue();
		assertThat(this.accounts.find(manager.id()).orElseThrow().enabled()).isTrue();
		String refused = browser.get("/account/organisation/people").getResponse().getContentAsString();
		assertThat(refused).contains("L’organisation doit garder au moins un responsable");

		browser.post("/account/organisation/people/" + colleague.id() + "/promote");
		assertThat(this.people.isManager(colleague)).isTrue();
		WebSession colleagueBrowser = signedIn(colleague);
		assertThat(colleagueBrowser.post("/account/organisation/people/" + manager.id() + "/remove")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/account/organisation/people");
		assertThat(this.accounts.find(manager.id()).orElseThrow().enabled()).isFalse();
		// the removed manager's open session ended at once
		assertThat(browser.get("/account/organisation/people").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(new WebSession(this.mvc).signIn(manager.email(), Fixtures.PASSWORD)).contains("error");
		// their address is free again: they may be invited elsewhere
		assertThat(this.accounts.findByEmail(manager.email())).isEmpty();
	}

	@Test
	void aCoordinationBodyAndAnAgencyManageTheirPeopleToo() throws Exception {
		for (Role role : List.of(Role.COORDINATOR, Role.AGENCY)) {
			OrganisationKind kind = role == Role.AGENCY ? OrganisationKind.AGENCY : OrganisationKind.COORDINATION_BODY;
			CoopexUser first = this.accounts.principal(this.accounts
				.createAccount(new AccountManagement.NewAccount(Fixtures.uniqueEmail("first"), "Première", role, kind,
						"Organisation " + System.nanoTime(), null, Fixtures.PASSWORD, true), "test"));
			CoopexUser second = this.accounts
				.principal(this.accounts.createAccount(new AccountManagement.NewAccount(Fixtures.uniqueEmail("second"),
						"Seconde", role, kind, first.organisationName(), null, Fixtures.PASSWORD, true), "test"));
			this.jdbc.update("update user_account set manager = false where organisation_id = ?",
					first.organisationId());
			assertThat(this.people.isManager(second)).isFalse();
			// an organisation without manager gets its first person as manager
			assertThat(this.people.isManager(first)).isTrue();
			String email = Fixtures.uniqueEmail("officer");
			this.people.invite(first, email, java.util.Locale.FRENCH);
			assertThat(TestMail.to(email)).hasSize(1);
		}
	}

	@Test
	void badInviteInputShowsTheFormAgainWithTheReason() throws Exception {
		CoopexUser manager = this.fixtures.member();
		for (String[] bad : new String[][] { { "", "Ce champ est obligatoire" },
				{ "pas-une-adresse", "adresse e-mail valide" },
				{ manager.email(), "Un compte existe déjà avec cette adresse" },
				{ "a".repeat(250) + "@x.fr", "ne doit pas dépasser 254 caractères" } }) {
			MvcResult result = this.mvc.perform(
					post("/account/organisation/people/invite").param("email", bad[0]).with(user(manager)).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).contains("id=\"email-error\"").contains(bad[1]);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from account_invitation where organisation_id = ?",
				Integer.class, manager.organisationId()))
			.isZero();
	}

	private String invite(CoopexUser manager) {
		String email = Fixtures.uniqueEmail("colleague");
		this.people.invite(manager, email, java.util.Locale.FRENCH);
		return email;
	}

	private CoopexUser join(String email, String name) throws Exception {
		String token = OrganisationRequestTests.invitationToken(email);
		MvcResult joined = new WebSession(this.mvc).post("/invite/" + token, "displayName", name, "password",
				Fixtures.PASSWORD);
		assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/");
		return this.accounts.principal(this.accounts.findByEmail(email).orElseThrow().id());
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession browser = new WebSession(this.mvc);
		assertThat(browser.signIn(user.email(), Fixtures.PASSWORD)).endsWith("/");
		return browser;
	}

}
