package fr.coopex.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person changes their e-mail (confirmed from the new address, the old one told),
 * exports their data, and closes their account.
 */
@IntegrationTest
class PersonalAccountTests {

	private static final Pattern CONFIRM = Pattern.compile("/account/email/confirm\\?token=([A-Za-z0-9_-]{43})");

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
	void aNewAddressIsUsedOnlyOnceConfirmedFromItAndTheOldOneIsTold() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		String newEmail = Fixtures.uniqueEmail("new");
		MvcResult asked = browser.post("/account/personal/email", "email", newEmail, "password", Fixtures.PASSWORD);
		assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/account/personal");
		assertThat(this.accounts.find(member.id()).orElseThrow().email()).isEqualTo(member.email());
		assertThat(OrganisationRequestTests.text(TestMail.to(member.email()).get(0))).contains(newEmail);
		Matcher link = CONFIRM.matcher(OrganisationRequestTests.text(TestMail.to(newEmail).get(0)));
		assertThat(link.find()).isTrue();

		MvcResult confirmed = browser.get("/account/email/confirm?token=" + link.group(1));
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.accounts.find(member.id()).orElseThrow().email()).isEqualTo(newEmail);
		assertThat(TestMail.to(member.email())).hasSize(2);
		assertThat(new WebSession(this.mvc).signIn(newEmail, Fixtures.PASSWORD)).endsWith("/");
		assertThat(new WebSession(this.mvc).signIn(member.email(), Fixtures.PASSWORD)).contains("error");
		// the link works once
		assertThat(new WebSession(this.mvc).get("/account/email/confirm?token=" + link.group(1))
			.getFlashMap()
			.get("error")).isEqualTo("accounts.email.invalid-link");
	}

	@Test
	void badInputForANewAddressChangesNothing() throws Exception {
		CoopexUser member = this.fixtures.member();
		CoopexUser other = this.fixtures.member();
		WebSession browser = signedIn(member);
		String[][] cases = { { Fixtures.uniqueEmail("x"), "wrong password", "password", "mot de passe actuel" },
				{ other.email(), Fixtures.PASSWORD, "email", "Un compte existe déjà" },
				{ member.email(), Fixtures.PASSWORD, "email", "C’est déjà votre adresse" },
				{ "pas-une-adresse", Fixtures.PASSWORD, "email", "adresse e-mail valide" },
				{ "", Fixtures.PASSWORD, "email", "Ce champ est obligatoire" } };
		for (String[] bad : cases) {
			MvcResult result = browser.post("/account/personal/email", "email", bad[0], "password", bad[1]);
			assertThat(result.getResponse().getStatus()).as(bad[0]).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).as(bad[0])
				.contains("id=\"" + bad[2] + "-error\"")
				.contains(bad[3]);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from email_change where user_id = ?", Integer.class,
				member.id()))
			.isZero();
	}

	@Test
	void thePersonalDataExportHoldsTheAccountItsSignInsAndNotifications() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		MvcResult export = browser.get("/account/data.json");
		assertThat(export.getResponse().getStatus()).isEqualTo(200);
		assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment");
		String json = export.getResponse().getContentAsString();
		assertThat(json).contains("\"email\":\"" + member.email() + "\"")
			.contains("\"displayName\":\"Marie Test\"")
			.contains("\"signIns\":[{")
			.contains("\"action\":\"SIGN_IN\"")
			.contains("\"notifications\":[")
			.doesNotContain("password");
	}

	@Test
	void aTimeZoneOfTheListIsSavedAnythingElseIsRefusedWithItsReasonAndNothingSaved() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		assertThat(browser.get("/account/personal").getResponse().getContentAsString())
			.contains("id=\"time-zone-form\"")
			.contains("<option value=\"America/Martinique\">Martinique — UTC-04:00 (America/Martinique)</option>");
		for (String bad : new String[] { "Mars/Olympus_Mons", "Antarctica/Troll", "UTC+3" }) {
			MvcResult refused = browser.post("/account/personal/time-zone", "timeZone", bad);
			assertThat(refused.getResponse().getStatus()).as(bad).isEqualTo(200);
			assertThat(refused.getResponse().getContentAsString()).as(bad)
				.contains("id=\"timeZone-error\"")
				.contains("Choisissez un fuseau horaire de la liste.");
			assertThat(timeZone(member)).as(bad).isNull();
		}

		MvcResult saved = browser.post("/account/personal/time-zone", "timeZone", "America/Montreal");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/account/personal");
		assertThat(timeZone(member)).isEqualTo("America/Montreal");
		assertThat(this.accounts.timeZone(member.id())).contains(java.time.ZoneId.of("America/Montreal"));
		assertThat(browser.get("/account/personal").getResponse().getContentAsString())
			.containsPattern("<option value=\"America/Montreal\" selected=\"selected\">");
		// the preference is in the personal data export
		assertThat(browser.get("/account/data.json").getResponse().getContentAsString())
			.contains("\"timeZone\":\"America/Montreal\"");
		// a refused value leaves the saved one
		browser.post("/account/personal/time-zone", "timeZone", "Europe/Atlantis");
		assertThat(timeZone(member)).isEqualTo("America/Montreal");

		// none: Paris time again
		browser.post("/account/personal/time-zone", "timeZone", "");
		assertThat(timeZone(member)).isNull();
		assertThat(this.accounts.timeZone(member.id())).isEmpty();
	}

	private String timeZone(CoopexUser user) {
		return this.jdbc.queryForObject("select time_zone from user_account where id = ?", String.class, user.id());
	}

	@Test
	void aLastManagerHandsOverBeforeClosingAndAClosedAccountIsSignedOutEverywhere() throws Exception {
		CoopexUser manager = this.fixtures.member();
		String colleagueEmail = Fixtures.uniqueEmail("colleague");
		this.people.invite(manager, colleagueEmail, java.util.Locale.FRENCH);
		String token = OrganisationRequestTests.invitationToken(colleagueEmail);
		new WebSession(this.mvc).post("/invite/" + token, "displayName", "Relève", "password", Fixtures.PASSWORD);
		CoopexUser colleague = this.accounts.principal(this.accounts.findByEmail(colleagueEmail).orElseThrow().id());

		WebSession browser = signedIn(manager);
		WebSession elsewhere = signedIn(manager);
		MvcResult refused = browser.post("/account/personal/close", "password", Fixtures.PASSWORD);
		assertThat(refused.getResponse().getContentAsString()).contains("au moins un responsable");
		assertThat(this.accounts.find(manager.id()).orElseThrow().enabled()).isTrue();

		this.people.promote(manager, colleague.id());
		MvcResult closed = browser.post("/account/personal/close", "password", Fixtures.PASSWORD);
		assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.accounts.find(manager.id()).orElseThrow().enabled()).isFalse();
		assertThat(elsewhere.get("/account/personal").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(new WebSession(this.mvc).signIn(manager.email(), Fixtures.PASSWORD)).contains("error");
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession browser = new WebSession(this.mvc);
		assertThat(browser.signIn(user.email(), Fixtures.PASSWORD)).endsWith("/");
		return browser;
	}

}
