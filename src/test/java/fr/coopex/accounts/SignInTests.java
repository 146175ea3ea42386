package fr.coopex.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.audit.AuditEntry;
import fr.coopex.audit.AuditTrail;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out, throttling, and what the audit trail keeps of it.
 */
@IntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Test
	void signsInWithTheRightPasswordUnderANewSessionId() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.10");
		browser.get("/login");
		String before = browser.sessionId();
		assertThat(browser.signIn(member.email().toUpperCase(), Fixtures.PASSWORD)).isEqualTo("/");
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/").getResponse().getContentAsString()).contains("Bonjour, Marie Test");
		assertThat(actions(member.email())).contains("SIGN_IN");
		assertThat(lastEntry(member.email()).remoteAddress()).isEqualTo("192.0.2.10");
	}

	@Test
	void keepsTheSessionInAnHttpOnlySameSiteCookie() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.17");
		browser.get("/login");
		var result = browser.post("/login", "username", member.email(), "password", Fixtures.PASSWORD);
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("COOPEXSESSION=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
	}

	@Test
	void refusesAWrongPasswordWithAClearMessageAndRecordsIt() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.11");
		assertThat(browser.signIn(member.email(), "not the password at all")).isEqualTo("/login?error");
		assertThat(browser.get("/login?error").getResponse().getContentAsString())
			.contains("Adresse e-mail ou mot de passe incorrect");
		assertThat(browser.get("/account/security").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(actions(member.email())).contains("SIGN_IN_FAILED");
	}

	@Test
	void locksAnAccountForFifteenMinutesAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
		CoopexUser target = this.fixtures.member();
		CoopexUser other = this.fixtures.member();
		WebSession attacker = new WebSession(this.mvc, "192.0.2.12");
		for (int i = 0; i < 4; i++) {
			assertThat(attacker.signIn(target.email(), "wrong password " + i)).isEqualTo("/login?error");
		}
		// four failures: the right password still works, and resets the count
		assertThat(new WebSession(this.mvc, "192.0.2.13").signIn(target.email(), Fixtures.PASSWORD)).isEqualTo("/");
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.signIn(target.email(), "wrong password " + i)).isEqualTo("/login?error");
		}
		WebSession owner = new WebSession(this.mvc, "192.0.2.14");
		assertThat(owner.signIn(target.email(), Fixtures.PASSWORD)).isEqualTo("/login?locked");
		assertThat(owner.get("/login?locked").getResponse().getContentAsString())
			.contains("ce compte est bloqué pendant 15 minutes");
		// other accounts keep working, from the same address too
		assertThat(attacker.signIn(other.email(), Fixtures.PASSWORD)).isEqualTo("/");
		assertThat(actions(target.email())).contains("SIGN_IN_LOCKED", "SIGN_IN_REFUSED_LOCKED");
	}

	@Test
	void locksAClientAddressAfterFiftyFailuresAcrossAccounts() throws Exception {
		CoopexUser victim = this.fixtures.member();
		WebSession attacker = new WebSession(this.mvc, "198.51.100.77");
		for (int i = 0; i < 50; i++) {
			attacker.signIn(Fixtures.uniqueEmail("guess"), "guess " + i);
		}
		assertThat(attacker.signIn(victim.email(), Fixtures.PASSWORD)).isEqualTo("/login?locked");
		assertThat(new WebSession(this.mvc, "198.51.100.78").signIn(victim.email(), Fixtures.PASSWORD)).isEqualTo("/");
		assertThat(actions("198.51.100.77")).contains("SIGN_IN_LOCKED");
	}

	@Test
	void signsOutWithAPostAndForgetsTheSession() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.15");
		browser.signIn(member.email(), Fixtures.PASSWORD);
		assertThat(browser.get("/account/security").getResponse().getStatus()).isEqualTo(200);
		assertThat(browser.post("/logout").getResponse().getRedirectedUrl()).isEqualTo("/?signedout");
		assertThat(browser.get("/account/security").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void recordsRefusedAccessOfASignedInPerson() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.16");
		browser.signIn(member.email(), Fixtures.PASSWORD);
		assertThat(browser.get("/admin/audit").getResponse().getStatus()).isEqualTo(403);
		AuditEntry denied = this.audit.find(member.email(), PageRequest.of(0, 50))
			.stream()
			.filter((entry) -> entry.action().equals("ACCESS_DENIED"))
			.findFirst()
			.orElseThrow();
		assertThat(denied.target()).isEqualTo("GET /admin/audit");
	}

	private java.util.List<String> actions(String who) {
		return this.audit.find(who, PageRequest.of(0, 100)).stream().map(AuditEntry::action).toList();
	}

	private AuditEntry lastEntry(String who) {
		return this.audit.find(who, PageRequest.of(0, 1)).getContent().get(0);
	}

}
