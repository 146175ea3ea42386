package fr.coopex.accounts;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor: mandatory for ADMIN and AGENCY accounts (demo accounts excepted),
 * optional for others; codes of an authenticator app, and single-use recovery codes.
 */
@IntegrationTest
class SecondFactorTests {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4})</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void anAdminMustSetUpAnAppBeforeReachingAnything() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN, false);
		WebSession browser = new WebSession(this.mvc, "192.0.2.30");
		assertThat(browser.signIn(admin.email(), Fixtures.PASSWORD)).isEqualTo("/login/second-factor/setup");
		// half signed in: nothing else opens
		assertThat(browser.get("/admin/audit").getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
		assertThat(browser.get("/").getResponse().getContentAsString()).doesNotContain("Bonjour");

		String secret = enrol(browser, "/login/second-factor/setup");
		assertThat(secret).isNotBlank();
		assertThat(browser.post("/login/second-factor/done").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.get("/admin/audit").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theNextSignInAsksForACodeAndRefusesAReplayedOne() throws Exception {
		CoopexUser agent = this.fixtures.user(Role.AGENCY, false);
		WebSession first = new WebSession(this.mvc, "192.0.2.31");
		first.signIn(agent.email(), Fixtures.PASSWORD);
		String secret = enrol(first, "/login/second-factor/setup");
		first.post("/login/second-factor/done");

		WebSession second = new WebSession(this.mvc, "192.0.2.31");
		assertThat(second.signIn(agent.email(), Fixtures.PASSWORD)).isEqualTo("/login/second-factor");
		assertThat(second.post("/login/second-factor", "code", "000000").getResponse().getContentAsString())
			.contains("Ce code est incorrect ou a déjà servi");
		String code = Totp.code(secret, Totp.step(Instant.now()) + 1);
		assertThat(second.post("/login/second-factor", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(second.get("/account/security").getResponse().getStatus()).isEqualTo(200);

		WebSession replay = new WebSession(this.mvc, "192.0.2.31");
		replay.signIn(agent.email(), Fixtures.PASSWORD);
		assertThat(replay.post("/login/second-factor", "code", code).getResponse().getContentAsString())
			.contains("Ce code est incorrect ou a déjà servi");
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN, false);
		WebSession first = new WebSession(this.mvc, "192.0.2.32");
		first.signIn(admin.email(), Fixtures.PASSWORD);
		first.get("/login/second-factor/setup");
		String page = confirmEnrolment(first, "/login/second-factor/setup");
		Matcher recovery = RECOVERY.matcher(page);
		assertThat(recovery.find()).isTrue();
		String code = recovery.group(1);

		WebSession second = new WebSession(this.mvc, "192.0.2.32");
		second.signIn(admin.email(), Fixtures.PASSWORD);
		assertThat(second.post("/login/second-factor", "code", code.toUpperCase()).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		WebSession third = new WebSession(this.mvc, "192.0.2.32");
		third.signIn(admin.email(), Fixtures.PASSWORD);
		assertThat(third.post("/login/second-factor", "code", code).getResponse().getContentAsString())
			.contains("Ce code est incorrect ou a déjà servi");
	}

	@Test
	void cannotSkipTheCodeByPostingTheEnrolmentStep() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN, false);
		WebSession first = new WebSession(this.mvc, "192.0.2.33");
		first.signIn(admin.email(), Fixtures.PASSWORD);
		enrol(first, "/login/second-factor/setup");
		WebSession second = new WebSession(this.mvc, "192.0.2.33");
		second.signIn(admin.email(), Fixtures.PASSWORD);
		assertThat(second.post("/login/second-factor/done").getResponse().getRedirectedUrl())
			.isEqualTo("/login/second-factor");
		assertThat(second.get("/admin/audit").getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
	}

	@Test
	void aMemberMayTurnItOnAndThenNeedsACodeButAnAdminCannotTurnItOff() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.34");
		browser.signIn(member.email(), Fixtures.PASSWORD);
		String secret = enrol(browser, "/account/security/second-factor");
		assertThat(browser.get("/account/security").getResponse().getContentAsString()).contains("Activée");

		WebSession next = new WebSession(this.mvc, "192.0.2.34");
		assertThat(next.signIn(member.email(), Fixtures.PASSWORD)).isEqualTo("/login/second-factor");
		String code = Totp.code(secret, Totp.step(Instant.now()) + 1);
		assertThat(next.post("/login/second-factor", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/");
		// turning it off needs the password
		next.post("/account/security/second-factor/disable", "password", "wrong");
		assertThat(next.get("/account/security").getResponse().getContentAsString()).contains("Activée");
		next.post("/account/security/second-factor/disable", "password", Fixtures.PASSWORD);
		assertThat(next.get("/account/security").getResponse().getContentAsString()).contains("Désactivée");
		assertThat(new WebSession(this.mvc, "192.0.2.34").signIn(member.email(), Fixtures.PASSWORD)).isEqualTo("/");

		CoopexUser admin = this.fixtures.user(Role.ADMIN, false);
		WebSession adminBrowser = new WebSession(this.mvc, "192.0.2.35");
		adminBrowser.signIn(admin.email(), Fixtures.PASSWORD);
		enrol(adminBrowser, "/login/second-factor/setup");
		adminBrowser.post("/login/second-factor/done");
		adminBrowser.post("/account/security/second-factor/disable", "password", Fixtures.PASSWORD);
		assertThat(adminBrowser.get("/account/security").getResponse().getContentAsString()).contains("Activée")
			.contains("obligatoire");
	}

	/** Opens the set-up page, reads the secret and confirms it with a valid code. */
	private String enrol(WebSession browser, String setupUrl) throws Exception {
		String secret = readSecret(browser.get(setupUrl).getResponse().getContentAsString());
		String page = browser.post(setupUrl, "code", Totp.code(secret, Totp.step(Instant.now())))
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Vos codes de secours");
		assertThat(RECOVERY.matcher(page).results().count()).isEqualTo(SecondFactorManagement.RECOVERY_CODES);
		return secret;
	}

	private String confirmEnrolment(WebSession browser, String setupUrl) throws Exception {
		String secret = readSecret(browser.get(setupUrl).getResponse().getContentAsString());
		return browser.post(setupUrl, "code", Totp.code(secret, Totp.step(Instant.now())))
			.getResponse()
			.getContentAsString();
	}

	private static String readSecret(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("secret shown on the set-up page").isTrue();
		return matcher.group(1);
	}

}
