package fr.coopex.browser;

import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.ecosystems.ConsultationClosing;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.GovernanceFixtures;
import fr.coopex.ecosystems.GovernanceFixtures.Ecosystem;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story of an ecosystem deciding together, in a real browser checked with axe-core on
 * every page: the coordinator approves a company's request, calls a meeting, opens a
 * consultation on a new charter; three member companies vote; once the deadline has
 * passed (the closing job run on a moved clock) the charter applies.
 */
@IntegrationTest
class GovernanceStoryBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	GovernanceFixtures governance;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	ConsultationClosing closing;

	@Test
	void aCoordinatorCallsAMeetingAndTheMembersAdoptANewCharter() {
		Ecosystem e = this.governance.ecosystemWithMembers(2);
		CoopexUser newcomer = this.fixtures.member();
		this.ecosystems.requestToJoin(newcomer, e.id(), "Nous voulons participer.", true);
		WebDriver driver = browser.driver();
		String page = "/ecosystems/" + e.id();

		// the coordinator approves the request
		driver.get(url("/login"));
		logIn(e.coordinator().email());
		driver.get(url(page));
		assertAccessible(driver);
		WebElement request = driver.findElement(By.cssSelector("section.console div.card[id^='request-']"));
		request.findElement(By.xpath(".//button[normalize-space()='Accepter']")).click();
		waitForFlash("Demande acceptée. L’entreprise est prévenue.");

		// calls a meeting
		click(By.id("call-meeting"));
		waitForPath(page + "/meetings/new");
		assertAccessible(driver);
		ZonedDateTime when = this.governance.tomorrow();
		type("title", "Préparer le salon de Hanovre");
		setValue("day", when.toLocalDate().toString());
		setValue("time", "14:30");
		type("place", "CCI de Lyon, salle 3");
		type("agenda", "1. Le stand commun\n2. Le budget");
		click(By.cssSelector("#meeting-form button[type='submit']"));
		waitForFlash("Réunion convoquée. Les membres sont invités.");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Préparer le salon de Hanovre");
		String meeting = path();
		assertThat(driver.findElement(By.id("meeting-facts")).getText()).contains("14:30")
			.contains("Heures de Paris (Europe/Paris)")
			.contains("CCI de Lyon, salle 3");
		assertAccessible(driver);

		// opens a consultation on a new charter
		driver.get(url(page));
		assertThat(driver.findElement(By.id("meeting-list")).getText()).contains("Préparer le salon de Hanovre");
		click(By.id("open-consultation"));
		waitForPath(page + "/consultations/new");
		assertAccessible(driver);
		type("question", "Adopter la charte version 2 ?");
		type("options", "Approuver\nRejeter");
		type("quorumPercent", "50");
		new Select(driver.findElement(By.id("majority"))).selectByValue("TWO_THIRDS");
		setValue("deadlineDay", when.toLocalDate().toString());
		setValue("deadlineTime", "18:00");
		type("charterText", "Charte version 2 : les frais de salon sont partagés au prorata des surfaces.");
		click(By.cssSelector("#consultation-form button[type='submit']"));
		waitForFlash("Consultation ouverte. Les membres sont invités à voter.");
		String consultation = path();
		assertThat(consultation).matches(page + "/consultations/[0-9]+");
		assertAccessible(driver);
		logOut();

		// three member companies vote
		for (CoopexUser member : new CoopexUser[] { e.members().get(0), e.members().get(1), newcomer }) {
			logIn(member.email());
			driver.get(url(consultation));
			assertAccessible(driver);
			new Select(driver.findElement(By.id("optionId"))).selectByVisibleText("Approuver");
			click(By.cssSelector("#vote-form button[type='submit']"));
			waitForFlash("Vote enregistré.");
			assertThat(driver.findElement(By.id("own-vote")).getText()).isEqualTo("Votre entreprise a voté.");
			assertAccessible(driver);
			logOut();
		}

		// the deadline passes: the charter applies
		this.closing.runAt(this.governance.afterDeadlines());
		logIn(e.members().get(0).email());
		driver.get(url(consultation));
		assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("Adoptée");
		assertThat(driver.findElement(By.id("counts")).getText()).contains("Approuver (retenue) 3");
		assertAccessible(driver);
		driver.get(url(page));
		assertThat(driver.findElement(By.id("join")).getText()).contains("version 2");
		assertThat(driver.findElement(By.id("consultation-list")).getText()).contains("Adopter la charte version 2 ?")
			.contains("Adoptée");
		assertAccessible(driver);
		assertNoHorizontalScrollingOnAPhone(consultation);

		// a member working from Montreal chooses their time zone and reads the meeting in
		// it,
		// Paris time beside it
		driver.get(url("/account/personal"));
		assertAccessible(driver);
		new Select(driver.findElement(By.id("timeZone"))).selectByValue("America/Montreal");
		click(By.cssSelector("#time-zone-form button[type='submit']"));
		waitForFlash("Votre fuseau horaire est enregistré.");
		driver.get(url(meeting));
		assertThat(driver.findElement(By.id("meeting-facts")).getText()).contains("14:30")
			.contains("avec votre heure (America/Montreal) à côté")
			.contains("À votre heure (America/Montreal) : du ");
		assertAccessible(driver);
	}

	private void assertNoHorizontalScrollingOnAPhone(String path) {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			driver.get(url(path));
			JavascriptExecutor js = driver;
			long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth).isLessThanOrEqualTo(390);
			assertAccessible(driver);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
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
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav a[href='/login']")));
	}

	private void waitForFlash(String text) {
		browser.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector("main .alert-success[role='status']"), text));
	}

	private void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/** Sets a date or time input the way the browser's picker would. */
	private void setValue(String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.driver().findElement(By.id(id)), value);
	}

	private void waitForPath(String path) {
		browser.waiting().until(ExpectedConditions.urlToBe(url(path)));
	}

	private String path() {
		return java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
