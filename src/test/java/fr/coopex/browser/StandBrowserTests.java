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
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.ProfileUpdate;
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
 * The story of a shared stand, in a real browser, through the pages only: a coordinator
 * opens a stand of 36 m² at a fair for its ecosystem; three members book 12, 9 and 15 m²
 * and the area left falls to zero; the coordinator enters the space and building costs
 * and a 50% regional subsidy of the space for SMEs on the pool's console, then confirms
 * the stand, which posts the split; each member reads its exact share on the pool's page
 * and in its statement, and the shares add up to the total to the cent; one member pays,
 * the coordinator records it, and the balances and suggested transfers update. On a
 * mission, the leads of one member never show on another member's pages. Every page
 * visited is checked with axe-core.
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

	@Autowired
	CompanyManagement companies;

	@Test
	void threeMembersShareAStandAndItsCostsToTheCentAndKeepTheirLeadsToThemselves() throws IOException {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Automatisme USA " + System.nanoTime(),
				"Exposer ensemble en Amérique du Nord", Set.of("US"), Set.of("28"), true, null));
		List<CoopexUser> members = List.of(this.fixtures.member(), this.fixtures.member(), this.fixtures.member(),
				this.fixtures.member());
		// two SMEs, a firm of 250 to 499 people, and one more SME
		String[] names = { "Alpha Usinage", "Bêta Capteurs", "Gamma Robotique", "Delta Vision" };
		HeadcountBand[] sizes = { HeadcountBand.FROM_20_TO_49, HeadcountBand.FROM_50_TO_99,
				HeadcountBand.FROM_250_TO_499, HeadcountBand.FROM_10_TO_19 };
		for (int i = 0; i < members.size(); i++) {
			describe(members.get(i), names[i], sizes[i]);
			this.ecosystems.requestToJoin(members.get(i), ecosystem, null, true);
		}
		this.ecosystems.approveAll(coordinator, ecosystem);
		LocalDate start = this.calendar.today().plusMonths(7);
		long fair = this.calendar.create(this.fixtures.user(Role.AGENCY),
				new FairDraft("Automate " + System.nanoTime(), "Association for Advancing Automation (A3)", "Détroit",
						"US", "Huntington Place", start, start.plusDays(3), Set.of("28"),
						"https://www.automateshow.com", null),
				null);
		WebDriver driver = browser.driver();

		// the coordinator finds the fair and opens a stand, which opens its cost pool
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
		String poolPath = driver.findElement(By.id("pool-link")).getAttribute("href").replace(url(""), "");
		assertThat(poolPath).matches("/pools/[0-9]+");
		assertThat(driver.findElements(By.id("pool-console-link"))).hasSize(1);
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
		// the fourth member sees that nothing is left, not who booked what nor the costs
		logIn(members.get(3).email());
		driver.get(url(standPath));
		assertThat(text("area-left")).isEqualTo("0 m²");
		assertThat(driver.findElements(By.id("bookings"))).isEmpty();
		assertThat(driver.findElements(By.id("pool-link"))).isEmpty();
		screenshot("stand-full");
		assertAccessible(driver);
		logOut();

		// the coordinator sees every share, closes the bookings, and may not confirm the
		// stand before entering its costs
		logIn(coordinator.email());
		driver.get(url(standPath));
		assertThat(driver.findElements(By.cssSelector("#bookings tbody tr"))).hasSize(3);
		assertThat(text("area-left")).isEqualTo("0 m²");
		screenshot("stand-coordinator");
		assertAccessible(driver);
		changeStandStatus("CLOSED");
		assertThat(flash()).isEqualTo("Statut du stand mis à jour.");
		changeStandStatus("CONFIRMED");
		assertThat(browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert-danger[role='alert']")))
			.getText()).startsWith("Saisissez d’abord les coûts du stand");
		assertAccessible(driver);

		// on the pool's console: the space, the stand's building, and half the space paid
		// by the region for SMEs; a negative amount is refused next to its field
		click(By.id("pool-console-link"));
		waitForPath("/console" + poolPath);
		assertAccessible(driver);
		click(By.cssSelector("#items-heading ~ details summary"));
		type("label", "Surface nue 36 m²");
		type("amount", "-12600");
		click(By.cssSelector("#item-form button[type='submit']"));
		// the refusal comes back with the page: wait for it rather than race the
		// navigation
		assertThat(
				browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-error"))).getText())
			.contains("négatif");
		assertAccessible(driver);
		type("amount", "12600");
		click(By.cssSelector("#item-form button[type='submit']"));
		assertThat(flash()).isEqualTo("Poste ajouté.");
		click(By.cssSelector("#items-heading ~ details summary"));
		type("label", "Construction du stand");
		new Select(driver.findElement(By.cssSelector("#item-form select[name='category']"))).selectByValue("BUILD");
		type("amount", "4500");
		click(By.cssSelector("#item-form button[type='submit']"));
		assertThat(flash()).isEqualTo("Poste ajouté.");
		click(By.cssSelector("#subsidies-heading ~ details summary"));
		typeIn("subsidy-form", "label", "Région — aide aux salons (PME)");
		typeIn("subsidy-form", "rate", "50");
		click(By.cssSelector("#subsidy-form input[name='categories'][value='SPACE']"));
		typeIn("subsidy-form", "maxHeadcount", "249");
		click(By.cssSelector("#subsidy-form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .alert-success")));
		screenshot("stand-pool-console");
		assertAccessible(driver);

		// the coordinator confirms the stand: the split is posted
		driver.get(url(standPath));
		changeStandStatus("CONFIRMED");
		assertThat(flash()).isEqualTo("Statut du stand mis à jour.");
		driver.get(url("/console" + poolPath));
		assertThat(text("status")).isEqualTo("Confirmé");
		logOut();

		// each member reads its share, to the cent, on the pool's page and in its
		// statement: its area's part of the space and building with VAT, less half its
		// space
		// before VAT for the SMEs (Gamma is not one); the shares add up to the total
		String[] expected = { "4 740,00 €", "3 555,00 €", "8 550,00 €" };
		String[] inStatement = { "4740,00", "3555,00", "8550,00" };
		for (int i = 0; i < 3; i++) {
			logIn(members.get(i).email());
			driver.get(url(standPath));
			click(By.id("pool-link"));
			waitForPath(poolPath);
			// the share comes first after the name, so that a phone shows it too
			assertThat(rowText(By.cssSelector("#shares tbody tr.table-info"))).startsWith(names[i] + " " + expected[i]);
			assertThat(rowText(By.cssSelector("#shares tfoot tr"))).contains("16 845,00 €");
			assertThat(driver.findElements(By.cssSelector("a[href='/console" + poolPath + "']"))).isEmpty();
			String statement = fetch(poolPath + "/statement.csv");
			// the French spreadsheet format: semicolons and a decimal comma
			assertThat(statement).contains(names[i]);
			assertThat(statement.replace("\"", "")).contains("Votre part;;;;" + inStatement[i]);
			if (i == 0) {
				screenshot("stand-pool-member");
				assertAccessible(driver);
			}
			logOut();
		}

		// Alpha pays its share; the coordinator records it: balances and transfers update
		logIn(coordinator.email());
		driver.get(url(poolPath));
		assertThat(rowText(By.id("transfers"))).contains("Alpha Usinage verse 4 740,00 € à Coordination")
			.contains("Bêta Capteurs verse 3 555,00 € à Coordination")
			.contains("Gamma Robotique verse 8 550,00 € à Coordination");
		driver.get(url("/console" + poolPath));
		new Select(driver.findElement(By.cssSelector("#payment-form select[name='payer']")))
			.selectByVisibleText("Alpha Usinage");
		typeIn("payment-form", "amount", "4740.00");
		setDate(driver.findElement(By.cssSelector("#payment-form input[name='paidOn']")), this.calendar.today());
		typeIn("payment-form", "reference", "VIR-ALPHA-001");
		click(By.cssSelector("#payment-form button[type='submit']"));
		assertThat(flash()).isEqualTo("Paiement enregistré.");
		driver.get(url(poolPath));
		assertThat(rowText(By.id("transfers"))).doesNotContain("Alpha Usinage")
			.contains("Bêta Capteurs verse 3 555,00 € à Coordination")
			.contains("Gamma Robotique verse 8 550,00 € à Coordination");
		assertThat(rowText(By.xpath("//table[@id='balances']//tr[th[normalize-space()='Alpha Usinage']]")))
			.isEqualTo("Alpha Usinage 4 740,00 € 0,00 € 4 740,00 € 0,00 € 0,00 € 0,00 €"); // nothing
																							// due
																							// now
		screenshot("stand-pool-coordinator");
		assertAccessible(driver);
		logOut();
		logIn(members.get(0).email());
		driver.get(url(poolPath));
		assertThat(driver.findElements(By.id("transfers"))).isEmpty();
		assertThat(rowText(By.id("balances"))).contains("Alpha Usinage 4 740,00 € 0,00 € 4 740,00 € 0,00 € 0,00 €")
			.doesNotContain("Bêta Capteurs");
		assertThat(fetch(poolPath + "/statement.csv")).contains("VIR-ALPHA-001");
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
		assertThat(driver.findElements(By.id("pool-link"))).hasSize(1);
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
		// nor in the mission's cost pool
		click(By.id("pool-link"));
		assertThat(driver.getPageSource()).doesNotContain(marker);
		assertAccessible(driver);
		driver.get(url("/missions"));
		assertThat(driver.getPageSource()).doesNotContain(marker);
		assertAccessible(driver);
	}

	private void describe(CoopexUser member, String tradeName, HeadcountBand headcount) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), tradeName, null, null, null, null, null, null,
						headcount, null, null, null, null, null, null, ExportSituation.EXPORTING, null, null, Set.of(),
						Set.of(), null, null, null, Set.of(), Set.of(), Map.of()));
	}

	/** Presses the coordinator's button that moves the stand to that status. */
	private void changeStandStatus(String status) {
		click(By.cssSelector(".console form:has(input[name='status'][value='" + status + "']) button"));
		browser.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("main .alert[role='status'], main .alert[role='alert']")));
	}

	/** What the page's own session reads at that path, as a script of the page would. */
	private String fetch(String path) {
		return (String) ((JavascriptExecutor) browser.driver())
			.executeAsyncScript(
					"const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done('failed: ' + e));",
					path);
	}

	/** The text of an element, with the narrow spaces of French amounts as spaces. */
	private static String rowText(By locator) {
		return browser.driver()
			.findElement(locator)
			.getText()
			.replace('\u202F', ' ')
			.replace('\u00A0', ' ')
			.replaceAll("\\s+", " ")
			.strip();
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
		WebElement input = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Types in a field of one form of the page (the console's forms share field names).
	 */
	private void typeIn(String formId, String name, String text) {
		WebElement input = browser.waiting()
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("#" + formId + " [name='" + name + "']")));
		input.clear();
		input.sendKeys(text);
	}

	/** Date inputs take keystrokes in the browser's locale: set the ISO value instead. */
	private void setDate(String id, LocalDate date) {
		setDate(browser.driver().findElement(By.id(id)), date);
	}

	private void setDate(WebElement input, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
				date.toString());
	}

	private String text(String id) {
		return browser.driver().findElement(By.id(id)).getText();
	}

	private String flash() {
		return browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert-success[role='status']")))
			.getText();
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
