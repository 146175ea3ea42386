package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.RequestQuota;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Forgotten passwords: a single-use link sent by real e-mail (to an in-process SMTP
 * server), valid 30 minutes; and password changes, which end the account's other
 * sessions.
 */
@IntegrationTest
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("(https?://\\S+/password/reset\\?token=([A-Za-z0-9_-]+))");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sendsAtMostThreeLinksAnHourToOneAddressAndThrottlesAClient() throws Exception {
		CoopexUser member = this.fixtures.member();
		for (int i = 0; i < RequestQuota.PER_CLIENT; i++) {
			WebSession client = new WebSession(this.mvc, "198.51.100.211");
			assertThat(client.post("/password/forgot", "email", member.email()).getResponse().getRedirectedUrl())
				.isEqualTo("/login");
		}
		await().until(() -> TestMail.to(member.email()), (mails) -> mails.size() == RequestQuota.PER_EMAIL);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from password_reset_token t join user_account u on u.id = t.user_id where u.email = ?",
				Integer.class, member.email()))
			.isEqualTo(RequestQuota.PER_EMAIL);
		var refused = new WebSession(this.mvc, "198.51.100.211").post("/password/forgot", "email",
				Fixtures.uniqueEmail("other"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("Trop de demandes depuis votre connexion");
	}

	@Test
	void mailsASingleUseLinkThatSetsANewPassword() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.40");
		assertThat(browser.post("/password/forgot", "email", member.email()).getResponse().getRedirectedUrl())
			.isEqualTo("/login");

		MimeMessage mail = await().until(() -> TestMail.to(member.email()), (list) -> !list.isEmpty()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Coopex : choisir un nouveau mot de passe");
		Matcher link = LINK.matcher(TestMail.body(mail));
		assertThat(link.find()).isTrue();
		String token = link.group(2);
		assertThat(TestMail.body(mail)).contains("30 minutes");

		assertThat(browser.get("/password/reset?token=" + token).getResponse().getContentAsString())
			.contains("name=\"newPassword\"");
		String newPassword = "une toute nouvelle phrase secrète";
		assertThat(browser.post("/password/reset", "token", token, "newPassword", newPassword)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login");
		assertThat(new WebSession(this.mvc, "192.0.2.40").signIn(member.email(), newPassword)).isEqualTo("/");
		assertThat(new WebSession(this.mvc, "192.0.2.40").signIn(member.email(), Fixtures.PASSWORD))
			.isEqualTo("/login?error");

		// the link works once
		String again = browser.post("/password/reset", "token", token, "newPassword", "encore une autre phrase")
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("Ce lien n’est plus valable");
		assertThat(new WebSession(this.mvc, "192.0.2.40").signIn(member.email(), newPassword)).isEqualTo("/");
	}

	@Test
	void answersTheSameForAnUnknownAddressAndSendsNothing() throws Exception {
		String unknown = Fixtures.uniqueEmail("nobody");
		WebSession browser = new WebSession(this.mvc, "192.0.2.41");
		assertThat(browser.post("/password/forgot", "email", unknown).getResponse().getRedirectedUrl())
			.isEqualTo("/login");
		assertThat(browser.get("/login").getResponse().getContentAsString())
			.contains("Si un compte existe avec cette adresse");
		assertThat(TestMail.to(unknown)).isEmpty();
	}

	@Test
	void refusesAnExpiredLink() throws Exception {
		CoopexUser member = this.fixtures.member();
		String token = "expired-" + System.nanoTime();
		Instant created = Instant.now().minus(31, ChronoUnit.MINUTES);
		this.jdbc.update(
				"insert into password_reset_token (user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)",
				member.id(), fr.coopex.shared.security.Tokens.hash(token), Timestamp.from(created),
				Timestamp.from(created.plus(30, ChronoUnit.MINUTES)));
		WebSession browser = new WebSession(this.mvc, "192.0.2.42");
		assertThat(browser.get("/password/reset?token=" + token).getResponse().getContentAsString())
			.contains("Ce lien n’est plus valable")
			.doesNotContain("name=\"newPassword\"");
		browser.post("/password/reset", "token", token, "newPassword", "une phrase tout à fait neuve");
		assertThat(new WebSession(this.mvc, "192.0.2.42").signIn(member.email(), Fixtures.PASSWORD)).isEqualTo("/");
	}

	@Test
	void refusesACommonPasswordAndKeepsTheLinkUsable() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.43");
		browser.post("/password/forgot", "email", member.email());
		MimeMessage mail = await().until(() -> TestMail.to(member.email()), (list) -> !list.isEmpty()).get(0);
		Matcher link = LINK.matcher(TestMail.body(mail));
		assertThat(link.find()).isTrue();
		String page = browser.post("/password/reset", "token", link.group(2), "newPassword", "qwertyuiop123")
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"newPassword-error\"").contains("mots de passe les plus courants");
		assertThat(browser.get("/password/reset?token=" + link.group(2)).getResponse().getContentAsString())
			.contains("name=\"newPassword\"");
	}

	@Test
	void changingThePasswordEndsTheOtherSessions() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession laptop = new WebSession(this.mvc, "192.0.2.44");
		WebSession phone = new WebSession(this.mvc, "192.0.2.45");
		laptop.signIn(member.email(), Fixtures.PASSWORD);
		phone.signIn(member.email(), Fixtures.PASSWORD);
		assertThat(phone.get("/account/security").getResponse().getStatus()).isEqualTo(200);

		String wrong = laptop
			.post("/account/security/password", "currentPassword", "not it", "newPassword", "une nouvelle phrase sûre")
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("Le mot de passe actuel est incorrect");
		assertThat(laptop
			.post("/account/security/password", "currentPassword", Fixtures.PASSWORD, "newPassword",
					"une nouvelle phrase sûre")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/account/security");

		assertThat(laptop.get("/account/security").getResponse().getStatus()).isEqualTo(200);
		assertThat(phone.get("/account/security").getResponse().getRedirectedUrl()).endsWith("/login");
	}

}
