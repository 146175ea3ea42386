package fr.coopex.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts pages in a real browser, checked with axe-core on every page visited.
 */
@IntegrationTest
class AccountsBrowserTests {

	private static final List<String> REGISTRATION_FIELDS = List.of("displayName", "email", "password", "legalName",
			"siren");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void registersLogsInSwitchesLanguageAndLogsOut() {
		WebDriver driver = browser.driver();
		String email = Fixtures.uniqueEmail("browser");

		driver.get(url("/"));
		assertThat(heading()).isEqualTo("Exporter ensemble, même entre concurrents");
		assertThat(language()).isEqualTo("fr");
		assertAccessible(driver);

		click(By.cssSelector("main a[href='/register']"));
		waitForPath("/register");
		assertAccessible(driver);

		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("displayName-error")));
		for (String field : REGISTRATION_FIELDS) {
			WebElement input = driver.findElement(By.id(field));
			WebElement error = driver.findElement(By.id(field + "-error"));
			assertThat(input.getDomAttribute("class")).as(field).contains("is-invalid");
			assertThat(input.getDomAttribute("aria-invalid")).as(field).isEqualTo("true");
			assertThat(input.getDomAttribute("aria-describedby")).as(field).isEqualTo(field + "-error");
			assertThat(error.isDisplayed()).as(field).isTrue();
			assertThat(error.getText()).as(field).contains("Ce champ est obligatoire.");
		}
		assertAccessible(driver);

		type("displayName", "Camille Browser");
		type("email", email);
		type("password", Fixtures.PASSWORD);
		type("legalName", "Navigateurs Réunis SAS");
		type("siren", Fixtures.uniqueSiren());
		click(By.cssSelector("main form button[type='submit']"));
		// the same answer whether the address had an account or not: then sign in
		waitForPath("/login");
		assertThat(driver.findElement(By.cssSelector("main [role='status']")).getText())
			.startsWith("Merci ! Si cette adresse n’avait pas encore de compte, il est créé");
		assertAccessible(driver);
		logIn(email, Fixtures.PASSWORD);
		waitForPath("/");
		assertThat(heading()).isEqualTo("Bonjour, Camille Browser");
		assertAccessible(driver);
		openUserMenu();
		assertAccessible(driver);

		logOut();
		assertThat(heading()).isEqualTo("Exporter ensemble, même entre concurrents");
		assertAccessible(driver);

		click(By.cssSelector("nav a[href='/login']"));
		waitForPath("/login");
		assertAccessible(driver);
		logIn(email, Fixtures.PASSWORD);
		waitForPath("/");
		assertThat(heading()).isEqualTo("Bonjour, Camille Browser");

		click(By.cssSelector("nav a[hreflang='en']"));
		browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(heading()).isEqualTo("Hello, Camille Browser");
		assertThat(driver.findElement(By.cssSelector("nav a[hreflang='fr']")).getText()).isEqualTo("Français");
		assertAccessible(driver);

		click(By.cssSelector("main a[href='/account/security']"));
		waitForPath("/account/security");
		assertThat(language()).isEqualTo("en");
		assertThat(heading()).isEqualTo("Account security");
		assertAccessible(driver);

		logOut();
		assertThat(language()).isEqualTo("en");
		assertThat(heading()).isEqualTo("Export together, even among competitors");
		assertAccessible(driver);
	}

	@Test
	void showsAnErrorForAWrongPassword() {
		CoopexUser member = this.fixtures.member();
		WebDriver driver = browser.driver();

		driver.get(url("/login"));
		logIn(member.email(), "not the right password");
		browser.waiting().until(ExpectedConditions.urlContains("/login?error"));
		assertThat(driver.findElement(By.cssSelector("main .alert-danger[role='alert']")).getText())
			.isEqualTo("Adresse e-mail ou mot de passe incorrect.");
		assertThat(driver.findElements(By.id("user-menu"))).isEmpty();
		assertAccessible(driver);
	}

	private void logIn(String email, String password) {
		browser.driver().findElement(By.id("username")).sendKeys(email);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		click(By.cssSelector("main form button[type='submit']"));
	}

	private WebElement openUserMenu() {
		if (!"true".equals(browser.driver().findElement(By.id("user-menu")).getDomAttribute("aria-expanded"))) {
			click(By.id("user-menu"));
		}
		return browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action='/logout'] button")));
	}

	/** Signs out through the user menu, as a person would. */
	private void logOut() {
		openUserMenu().click();
		browser.waiting().until(ExpectedConditions.urlToBe(url("/?signedout")));
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

	private String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	private String language() {
		return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
