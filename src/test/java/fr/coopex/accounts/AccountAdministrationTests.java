package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Instant;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin console administers: search by state, unlock, disable and enable (sessions
 * end at once), reset the second factor; each confirmed, audited and e-mailed; never the
 * admin themselves nor the last admin.
 */
@IntegrationTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLockedAccountShowsUntilWhenAndTheAdminUnlocksIt() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser member = this.fixtures.member();
		for (int i = 0; i < 5; i++) {
			new WebSession(this.mvc).signIn(member.email(), "wrong password " + i);
		}
		assertThat(new WebSession(this.mvc).signIn(member.email(), Fixtures.PASSWORD)).contains("locked");
		String list = page(admin, "/admin/accounts?state=LOCKED&q=" + member.email());
		assertThat(list).contains("id=\"account-" + member.id() + "\"")
			.contains("après des échecs de connexion, jusqu’au");
		assertThat(page(admin, "/admin/accounts?state=ACTIVE&q=" + member.email()))
			.doesNotContain("id=\"account-" + member.id() + "\"");

		assertThat(page(admin, "/admin/accounts/" + member.id() + "/unlock")).contains("Déverrouiller ce compte ?");
		act(admin, member, "unlock");
		assertThat(new WebSession(this.mvc).signIn(member.email(), Fixtures.PASSWORD)).endsWith("/");
		assertThat(OrganisationRequestTests.text(last(member.email()))).contains("déverrouillé");
		assertThat(audited("ACCOUNT_UNLOCK", member.email())).isTrue();
	}

	@Test
	void disablingEndsTheOpenSessionAtOnceAndEnablingLetsThePersonBackIn() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc);
		browser.signIn(member.email(), Fixtures.PASSWORD);
		assertThat(browser.get("/account/security").getResponse().getStatus()).isEqualTo(200);

		act(admin, member, "disable");
		assertThat(browser.get("/account/security").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(new WebSession(this.mvc).signIn(member.email(), Fixtures.PASSWORD)).contains("error");
		assertThat(page(admin, "/admin/accounts?state=DISABLED&q=" + member.email()))
			.contains("id=\"account-" + member.id() + "\"");
		assertThat(OrganisationRequestTests.text(last(member.email()))).contains("désactivé");
		assertThat(audited("ACCOUNT_DISABLE", member.email())).isTrue();

		act(admin, member, "enable");
		assertThat(new WebSession(this.mvc).signIn(member.email(), Fixtures.PASSWORD)).endsWith("/");
	}

	@Test
	void anAdminCannotDisableThemselvesNorTheLastAdmin() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		MvcResult self = act(admin, admin, "disable");
		assertThat(self.getFlashMap().get("error")).isEqualTo("accounts.admin.cannot-disable-self");
		assertThat(this.accounts.find(admin.id()).orElseThrow().enabled()).isTrue();

		CoopexUser other = this.fixtures.user(Role.ADMIN);
		List<Long> others = this.jdbc.queryForList(
				"select id from user_account where role = 'ADMIN' and enabled = true and id <> ?", Long.class,
				other.id());
		try {
			// every admin but one is disabled: that one is the last
			this.jdbc.update("update user_account set enabled = false where role = 'ADMIN' and id <> ?", other.id());
			MvcResult last = this.mvc
				.perform(post("/admin/accounts/" + other.id() + "/disable").with(user(admin)).with(csrf()))
				.andReturn();
			assertThat(last.getFlashMap().get("error")).isEqualTo("accounts.admin.last-admin");
			assertThat(this.accounts.find(other.id()).orElseThrow().enabled()).isTrue();
		}
		finally {
			for (long id : others) {
				this.jdbc.update("update user_account set enabled = true where id = ?", id);
			}
		}
	}

	@Test
	void resettingTheSecondFactorMakesThePersonSetItUpAgain() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser agent = this.fixtures.user(Role.AGENCY, false);
		this.jdbc.update("update user_account set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled = true where id = ?",
				agent.id());
		act(admin, agent, "reset-second-factor");
		assertThat(this.accounts.find(agent.id()).orElseThrow().secondFactorEnabled()).isFalse();
		assertThat(new WebSession(this.mvc).signIn(agent.email(), Fixtures.PASSWORD))
			.isEqualTo("/login/second-factor/setup");
		assertThat(audited("ACCOUNT_RESET_SECOND_FACTOR", agent.email())).isTrue();
	}

	@Test
	void theAdminSeesPendingInvitationsAndResendsOne() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser manager = this.fixtures.member();
		String email = Fixtures.uniqueEmail("invited");
		this.mvc.perform(
				post("/account/organisation/people/invite").param("email", email).with(user(manager)).with(csrf()));
		String list = page(admin, "/admin/accounts?state=INVITED&q=" + email);
		assertThat(list).contains(email);
		long invitation = this.jdbc.queryForObject("select id from account_invitation where email = ?", Long.class,
				email);
		this.mvc.perform(post("/admin/accounts/invitations/" + invitation + "/resend").with(user(admin)).with(csrf()));
		assertThat(TestMail.to(email)).hasSize(2);
		assertThat(OrganisationRequestTests.invitationToken(email)).isNotNull();
	}

	@Test
	void thePersonIsToldOfAnAdminActionInTheLanguageTheyUseFrenchByDefault() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser english = this.fixtures.member();
		WebSession inEnglish = new WebSession(this.mvc);
		inEnglish.get("/?lang=en");
		assertThat(inEnglish.signIn(english.email(), Fixtures.PASSWORD)).endsWith("/");
		CoopexUser french = this.fixtures.member();
		assertThat(new WebSession(this.mvc).signIn(french.email(), Fixtures.PASSWORD)).endsWith("/");

		act(admin, english, "disable");
		act(admin, french, "disable");
		assertThat(last(english.email()).getSubject()).isEqualTo("Coopex: your account");
		assertThat(OrganisationRequestTests.text(last(english.email()))).startsWith("Hello").contains("it is disabled");
		assertThat(last(french.email()).getSubject()).isEqualTo("Coopex : votre compte");
		assertThat(OrganisationRequestTests.text(last(french.email()))).startsWith("Bonjour").contains("désactivé");
	}

	@Test
	void aResentInvitationIsInTheLanguageItWasFirstSentIn() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser manager = this.fixtures.member();
		String email = Fixtures.uniqueEmail("invited");
		this.mvc.perform(post("/account/organisation/people/invite").param("email", email)
			.cookie(new jakarta.servlet.http.Cookie("COOPEX_LANG", "en"))
			.with(user(manager))
			.with(csrf()));
		long invitation = this.jdbc.queryForObject("select id from account_invitation where email = ?", Long.class,
				email);
		// the admin's pages are in French
		this.mvc.perform(post("/admin/accounts/invitations/" + invitation + "/resend").with(user(admin)).with(csrf()));
		assertThat(TestMail.to(email)).hasSize(2);
		assertThat(last(email).getSubject()).startsWith("Invitation to join");
	}

	private MvcResult act(CoopexUser admin, CoopexUser target, String action) throws Exception {
		return this.mvc.perform(post("/admin/accounts/" + target.id() + "/" + action).with(user(admin)).with(csrf()))
			.andReturn();
	}

	private String page(CoopexUser who, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static jakarta.mail.internet.MimeMessage last(String email) {
		var messages = TestMail.to(email);
		return messages.get(messages.size() - 1);
	}

	private boolean audited(String action, String target) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_event where action = ? and target = ? and occurred_at > ?",
					Integer.class, action, target, Timestamp.from(Instant.now().minusSeconds(600))), (n) -> n > 0) > 0;
	}

}
