package fr.coopex.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.CompanySignUp;
import fr.coopex.accounts.TestTotp;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.validation.Luhn;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first leg of the organisations story in a real browser, checked with axe-core on
 * every page: a chamber of commerce asks for an account, the admin approves it, its
 * officer accepts the invitation, creates an ecosystem as a third-party coordinator and
 * invites two SMEs, who join; an agency created by the admin has its officer set up the
 * second factor, publish an aid of its operator and be refused one of another operator.
 */
@IntegrationTest
class OrganisationStoryBrowserTests {

	private static final Pattern INVITATION = Pattern.compile("https?://[^\\s\"<>]*/invite/[A-Za-z0-9_-]+");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Test
	void aChamberOfCommerceAsksIsApprovedCreatesAnEcosystemAndTwoInvitedSmesJoin() {
		WebDriver driver = browser.driver();
		String chamber = "CCI Navigateurs " + System.nanoTime() % 1_000_000;
		String officer = Fixtures.uniqueEmail("cci");

		// the chamber asks for an account
		driver.get(url("/register/coordination"));
		assertAccessible(driver);
		type("organisation.name", chamber);
		new Select(driver.findElement(By.id("organisation.category"))).selectByValue("CHAMBER_OF_COMMERCE");
		type("organisation.siret", siret());
		new Select(driver.findElement(By.id("scope.regions"))).selectByValue("BRETAGNE");
		type("applicantName", "Claire Martin");
		type("email", officer);
		type("applicantRole", "Chargée d’affaires internationales");
		type("motivation", "Coordonner un écosystème d’exportateurs bretons.");
		click(By.cssSelector("main form button[type='submit']"));
		waitForPath("/");
		assertThat(driver.findElement(By.cssSelector("main [role='status']")).getText())
			.contains("Votre demande est envoyée");
		assertAccessible(driver);

		// the admin approves it
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		logIn(admin.email());
		driver.get(url("/admin/requests"));
		assertThat(driver.getPageSource()).contains(chamber);
		assertAccessible(driver);
		long request = this.jdbc.queryForObject("select id from organisation_request where name = ?", Long.class,
				chamber);
		click(By.cssSelector("form[action='/admin/requests/" + request + "/approve'] button[type='submit']"));
		waitForPath("/admin/requests");
		assertAccessible(driver);
		logOut();

		// the officer accepts the invitation sent by e-mail
		String link = await().until(() -> invitationLink(officer), (found) -> found != null);
		// the link names the configured public address; the test server listens elsewhere
		driver.get(url(link.substring(link.indexOf("/invite/"))));
		assertAccessible(driver);
		type("displayName", "Claire Martin");
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		waitForPath("/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bonjour, Claire Martin");
		assertAccessible(driver);

		// and creates an ecosystem it coordinates as a third party
		driver.get(url("/ecosystems/new"));
		assertAccessible(driver);
		type("name", "Bretagne Export " + System.nanoTime() % 1_000_000);
		type("purpose", "Exporter ensemble vers l’Allemagne");
		new Select(driver.findElement(By.id("markets"))).selectByValue("DE");
		new Select(driver.findElement(By.id("sectors"))).selectByValue("28");
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.urlMatches(".*/ecosystems/[0-9]+$"));
		assertThat(driver.findElement(By.id("coordination-scope")).getText()).isEqualTo("Bretagne");
		assertThat(driver.getPageSource()).contains(chamber);
		assertAccessible(driver);
		String ecosystemPage = driver.getCurrentUrl();

		// it invites two SMEs by their SIREN, who join
		List<String> sirens = List.of(Fixtures.uniqueSiren(), Fixtures.uniqueSiren());
		List<CoopexUser> smes = sirens.stream()
			.map((siren) -> this.accounts.register(new CompanySignUp("Dirigeant " + siren, Fixtures.uniqueEmail("sme"),
					Fixtures.PASSWORD, "PME " + siren, siren)))
			.toList();
		for (String siren : sirens) {
			type("invite-siren", siren);
			click(By.cssSelector("form[action$='/invitations'] button[type='submit']"));
			browser.waiting().until(ExpectedConditions.urlContains("/ecosystems/"));
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "PME " + siren));
			assertAccessible(driver);
		}
		logOut();
		for (CoopexUser sme : smes) {
			logIn(sme.email());
			driver.get(ecosystemPage);
			assertAccessible(driver);
			if (!driver.findElements(By.id("invite-charter")).isEmpty()) {
				click(By.id("invite-charter"));
			}
			click(By.cssSelector("form[action$='/invitation/accept'] button[type='submit']"));
			browser.waiting()
				.until(ExpectedConditions
					.invisibilityOfElementLocated(By.cssSelector("form[action$='/invitation/accept']")));
			assertAccessible(driver);
			logOut();
		}
		long ecosystem = Long.parseLong(ecosystemPage.substring(ecosystemPage.lastIndexOf('/') + 1));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ecosystem_membership where ecosystem_id = ? and status = 'ACTIVE'", Integer.class,
				ecosystem))
			.isEqualTo(2);
	}

	@Test
	void anAgencyCreatedByTheAdminHasItsOfficerSetUpTheSecondFactor() {
		WebDriver driver = browser.driver();
		String agency = "Agence Navigateurs " + System.nanoTime() % 1_000_000;
		String officer = Fixtures.uniqueEmail("agency");

		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		logIn(admin.email());
		driver.get(url("/admin/organisations/new"));
		assertAccessible(driver);
		new Select(driver.findElement(By.id("kind"))).selectByValue("AGENCY");
		type("organisation.name", agency);
		type("organisation.otherIdentifier", "AGENCE-" + System.nanoTime() % 1_000_000);
		new Select(driver.findElement(By.id("scope.regions"))).selectByValue("BRETAGNE");
		type("officerEmail", officer);
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/admin/organisations/new"))));
		assertThat(driver.getPageSource()).contains(agency);
		assertAccessible(driver);
		// the admin names the operators whose aids it curates
		type("operators", "Région Bretagne");
		click(By.cssSelector("form[action$='/scope'] button[type='submit']"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("organisation-operators"), "Région Bretagne"));
		assertAccessible(driver);
		logOut();

		String link = await().until(() -> invitationLink(officer), (found) -> found != null);
		driver.get(url(link.substring(link.indexOf("/invite/"))));
		assertAccessible(driver);
		type("displayName", "Paul Agence");
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		// an agency officer sets up the second factor before going further
		waitForPath("/login/second-factor/setup");
		assertAccessible(driver);
		String secret = driver.findElement(By.id("totp-secret")).getText();
		type("code", TestTotp.code(secret));
		click(By.cssSelector("main form button[type='submit']"));
		// the recovery codes are shown once
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		assertAccessible(driver);
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where email = ? and totp_enabled",
				Integer.class, officer))
			.isEqualTo(1);

		// once the codes are kept, the officer goes on, signed in
		click(By.cssSelector("form[action='/login/second-factor/done'] button[type='submit']"));
		waitForPath("/");

		// the officer publishes an aid of its operator
		String own = "Aide bretonne " + System.nanoTime() % 1_000_000;
		driver.get(url("/aids/manage/new"));
		assertAccessible(driver);
		type("name", own);
		type("operators", "Région Bretagne");
		type("description", "Prospection des marchés européens.");
		click(By.cssSelector("form.aid-form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.urlMatches(".*/aids/manage/[0-9]+/edit$"));
		String editPage = driver.getCurrentUrl();
		assertAccessible(driver);
		click(By.cssSelector("form[action$='/publish'] button[type='submit']"));
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main [role='status']"),
					"Aide publiée"));
		assertAccessible(driver);
		assertThat(this.jdbc.queryForObject("select publication from aid where name = ?", String.class, own))
			.isEqualTo("PUBLISHED");

		// and is refused one of another operator: the form again, the reason next to the
		// operators, nothing saved
		String other = "Aide occitane " + System.nanoTime() % 1_000_000;
		driver.get(url("/aids/manage/new"));
		type("name", other);
		type("operators", "Région Occitanie");
		click(By.cssSelector("form.aid-form button[type='submit']"));
		assertThat(browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("operators-error")))
			.getText()).startsWith("Votre agence ne gère pas les aides de ces opérateurs");
		assertAccessible(driver);
		assertThat(this.jdbc.queryForObject("select count(*) from aid where name = ?", Integer.class, other)).isZero();
		// nor may it hand its own aid over to another operator
		driver.get(editPage);
		type("operators", "Région Occitanie");
		click(By.cssSelector("form.aid-form button[type='submit']"));
		assertThat(browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("operators-error")))
			.getText()).startsWith("Votre agence ne gère pas les aides de ces opérateurs");
		assertAccessible(driver);
		assertThat(this.jdbc.queryForList(
				"select o.name from aid_operator o join aid a on a.id = o.aid_id where a.name = ?", String.class, own))
			.containsExactly("Région Bretagne");
	}

	private static String invitationLink(String email) {
		List<MimeMessage> messages = TestMail.to(email);
		for (MimeMessage message : messages) {
			Matcher matcher = INVITATION.matcher(TestMail.body(message));
			if (matcher.find()) {
				return matcher.group();
			}
		}
		return null;
	}

	/**
	 * A valid SIRET never used before: a fresh SIREN, an establishment number and its
	 * key.
	 */
	private static String siret() {
		String start = Fixtures.uniqueSiren() + "0001";
		for (int check = 0; check <= 9; check++) {
			if (Luhn.isValid(start + check)) {
				return start + check;
			}
		}
		throw new IllegalStateException();
	}

	private void logIn(String email) {
		browser.driver().get(url("/login"));
		browser.driver().findElement(By.id("username")).sendKeys(email);
		browser.driver().findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		waitForPath("/");
	}

	private void logOut() {
		WebDriver driver = browser.driver();
		if (!"true".equals(driver.findElement(By.id("user-menu")).getDomAttribute("aria-expanded"))) {
			click(By.id("user-menu"));
		}
		click(By.cssSelector("form[action='/logout'] button"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav a[href='/login']")));
	}

	private void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void waitForPath(String path) {
		browser.waiting().until(ExpectedConditions.urlToBe(url(path)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
