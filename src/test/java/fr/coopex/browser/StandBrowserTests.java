package fr.coopex.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story of a shared stand, in a real browser: a coordinator opens a stand of 36 m² at
 * a fair for its ecosystem; three members book 12, 9 and 15 m² and the area left falls to
 * zero; on a mission, the leads of one member never show on another member's page. Every
 * page visited is checked with axe-core.
 */
@IntegrationTest
class StandBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	FairCalendar calendar;

	@Autowired
	MissionManagement missions;

	@Test
	void threeMembersShareAStandAndKeepTheirLeadsToThemselves() throws IOException {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Automatisme USA " + System.nanoTime(),
				"Exposer ensemble en Amérique du Nord", Set.of("US"), Set.of("28"), true, null));
		List<CoopexUser> members = List.of(this.fixtures.member(), this.fixtures.member(), this.fixtures.member(),
				this.fixtures.member());
		for (CoopexUser member : members) {
			this.ecosystems.requestToJoin(member, ecosystem, null, true);
		}
		this.ecosystems.approveAll(coordinator, ecosystem);
		LocalDate start = this.calendar.today().plusMonths(7);
		long fair = this.calendar.create(this.fixtures.user(Role.AGENCY),
				new FairDraft("Automate " + System.nanoTime(), "Association for Advancing Automation (A3)", "Détroit",
						"US", "Huntington Place", start, start.plusDays(3), Set.of("28"),
						"https://www.automateshow.com", null),
				null);
		WebDriver driver = browser.driver();

		// the coordinator finds the fair and opens a stand
		driver.get(url("/login"));
		logIn(coordinator.email());
		click(By.cssSelector("nav a[href='/fairs']"));
		waitForPath("/fairs");
		assertAccessible(driver);
		driver.get(url("/fairs/" + fair));
		assertAccessible(driver);
		click(By.cssSelector("a[href='/stands/new?fair=" + fair + "']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totalArea")));
		assertAccessible(driver);
		type("totalArea", "36");
		type("minShare", "6");
		setDate("bookingDeadline", start.minusMonths(2));
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.urlMatches("/stands/[0-9]+$"));
		String standPath = driver.getCurrentUrl().replace(url(""), "");
		assertThat(flash()).startsWith("Stand ouvert");
		assertThat(text("total-area")).isEqualTo("36 m²");
		assertThat(text("area-left")).isEqualTo("36 m²");
		assertAccessible(driver);
		logOut();

		// three members book 12, 9 and 15 m²
		String[] shares = { "12", "9", "15" };
		String[] left = { "24 m²", "15 m²", "0 m²" };
		for (int i = 0; i < 3; i++) {
			logIn(members.get(i).email());
			driver.get(url(standPath));
			if (i == 0) {
				assertAccessible(driver);
			}
			type("area", shares[i]);
			click(By.cssSelector("#booking form button[type='submit']"));
			browser.waiting()
				.until(ExpectedConditions.textToBe(By.cssSelector("main .alert-success[role='status']"),
						"Réservation enregistrée."));
			assertThat(text("area-left")).isEqualTo(left[i]);
			assertThat(text("own-booking")).isEqualTo("Votre entreprise a réservé " + shares[i] + " m².");
			assertThat(driver.findElements(By.cssSelector("#bookings tbody tr"))).hasSize(i + 1);
			logOut();
		}
		// the fourth member sees that nothing is left, not who booked what
		logIn(members.get(3).email());
		driver.get(url(standPath));
		assertThat(text("area-left")).isEqualTo("0 m²");
		assertThat(driver.findElements(By.id("bookings"))).isEmpty();
		screenshot("stand-full");
		assertAccessible(driver);
		logOut();
		// the coordinator sees every share
		logIn(coordinator.email());
		driver.get(url(standPath));
		assertThat(driver.findElements(By.cssSelector("#bookings tbody tr"))).hasSize(3);
		assertThat(text("area-left")).isEqualTo("0 m²");
		screenshot("stand-coordinator");
		assertAccessible(driver);
		logOut();

		// a mission: the first member records a lead, the fourth never sees it
		long mission = this.missions.propose(coordinator, ecosystem,
				new MissionDraft("Rendez-vous à Détroit", MissionKind.B2B_MEETINGS, "US", start, start.plusDays(3),
						new BigDecimal("18000"), "Rencontres avec des intégrateurs."));
		this.missions.join(members.get(0), mission);
		this.missions.join(members.get(3), mission);
		String marker = "Intégrateur secret " + System.nanoTime();
		logIn(members.get(0).email());
		driver.get(url("/missions/" + mission));
		click(By.cssSelector("#add-lead summary"));
		type("companyName", marker);
		type("contact", "John Smith");
		type("notes", "Veut une démonstration en juin");
		click(By.cssSelector("#add-lead form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("own-leads"), marker));
		assertAccessible(driver);
		logOut();
		logIn(members.get(3).email());
		driver.get(url("/missions/" + mission));
		assertThat(driver.findElement(By.id("leads")).getText()).contains("Aucun participant ne vous a partagé");
		assertThat(driver.getPageSource()).doesNotContain(marker).doesNotContain("Veut une démonstration");
		screenshot("mission-other-member");
		assertAccessible(driver);
		driver.get(url("/missions"));
		assertThat(driver.getPageSource()).doesNotContain(marker);
		assertAccessible(driver);
	}

	private void logIn(String email) {
		WebDriver driver = browser.driver();
		if (!driver.getCurrentUrl().endsWith("/login")) {
			driver.get(url("/login"));
		}
		type("username", email);
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void logOut() {
		click(By.id("user-menu"));
		click(By.cssSelector("form[action='/logout'] button"));
		browser.waiting().until(ExpectedConditions.urlToBe(url("/?signedout")));
	}

	private void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/** Date inputs take keystrokes in the browser's locale: set the ISO value instead. */
	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.driver().findElement(By.id(id)), date.toString());
	}

	private String text(String id) {
		return browser.driver().findElement(By.id(id)).getText();
	}

	private String flash() {
		return browser.driver().findElement(By.cssSelector("main .alert-success[role='status']")).getText();
	}

	private void waitForPath(String path) {
		browser.waiting().until(ExpectedConditions.urlToBe(url(path)));
	}

	private void screenshot(String name) throws IOException {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		Files.createDirectories(SCREENSHOTS);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
