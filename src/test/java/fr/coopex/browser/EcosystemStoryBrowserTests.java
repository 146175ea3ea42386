package fr.coopex.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.validation.Luhn;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story of an SME that signs up, describes its company, finds an ecosystem of
 * competitors targeting China, asks to join, is accepted by the coordinator and then sees
 * its fellow members and the coopetition map; in a real browser, checked with axe-core on
 * every page visited.
 */
@IntegrationTest
class EcosystemStoryBrowserTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Notifications are delivered after commit, by another thread: allow for a busy
	 * machine.
	 */
	private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(30);

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	CompanyManagement companies;

	@Test
	void anSmeSignsUpJoinsAnEcosystemAndSeesItsCoopetitionMap() throws IOException {
		Story story = ecosystemWithTwoMembers();
		WebDriver driver = browser.driver();
		int n = SEQUENCE.incrementAndGet();
		String email = Fixtures.uniqueEmail("story");
		String siren = Fixtures.uniqueSiren();
		String legalName = "Tournage Nouveau SAS " + n;
		String tradeName = "Tournage Nouveau " + n;

		// signs up
		driver.get(url("/register"));
		assertAccessible(driver);
		type("displayName", "Léa Nouvelle");
		type("email", email);
		type("password", Fixtures.PASSWORD);
		type("legalName", legalName);
		type("siren", siren);
		click(By.cssSelector("main form button[type='submit']"));
		waitForPath("/login");
		logIn(email);
		waitForPath("/");
		assertThat(heading()).isEqualTo("Bonjour, Léa Nouvelle");
		assertAccessible(driver);

		// describes the company (its page is in the person's menu)
		click(By.id("user-menu"));
		click(By.cssSelector("nav a[href='/account/company']"));
		waitForPath("/account/company");
		assertThat(heading()).isEqualTo("Profil de l’entreprise");
		// each field starts with its default visibility
		assertThat(selectedValue("vis-TRADE_NAME")).isEqualTo("PUBLIC");
		assertThat(selectedValue("vis-NAF")).isEqualTo("PUBLIC");
		assertThat(selectedValue("vis-MARKETS_TARGETED")).isEqualTo("ECOSYSTEM");
		assertThat(selectedValue("vis-TURNOVER")).isEqualTo("PRIVATE");
		assertAccessible(driver);
		type("tradeName", tradeName);
		type("siret", siret(siren));
		type("nafCode", "28.41Z");
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#naf-options option[value='28.41Z']")));
		select("region", "Pays de la Loire");
		select("headcount", "10 à 19 salariés");
		select("exportSituation", "Exporte");
		// the country, not the zone of the same name
		selectMarket("marketsTargeted", "CN");
		type("products", "Tours à commande numérique pour pièces de précision");
		type("keywords", "tournage, usinage, précision");
		screenshot("profile-form");
		assertAccessible(driver);
		click(By.cssSelector("main form.profile-form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.urlMatches("/companies/[0-9]+$"));
		assertThat(heading()).isEqualTo(tradeName);
		assertThat(flash()).isEqualTo("Profil enregistré.");
		assertThat(driver.findElement(By.cssSelector("main dl.profile")).getText()).contains("28.41Z")
			.contains("Pays de la Loire");
		assertAccessible(driver);

		// finds the ecosystem
		click(By.id("ecosystems-menu"));
		click(By.cssSelector("nav a[href='/ecosystems']"));
		waitForPath("/ecosystems");
		assertAccessible(driver);
		selectMarket("market", "CN");
		browser.waiting().until(ExpectedConditions.urlContains("market=CN"));
		type("q", story.name());
		browser.waiting().until(ExpectedConditions.urlContains("q=Machines"));
		WebElement found = browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results a[href='" + story.path() + "']")));
		assertThat(found.getText()).isEqualTo(story.name());
		screenshot("ecosystem-directory");
		assertAccessible(driver);
		found.click();
		waitForPath(story.path());
		assertThat(heading()).isEqualTo(story.name());
		assertThat(driver.findElements(By.id("members"))).isEmpty();
		assertThat(driver.findElements(By.id("coopetition-map"))).isEmpty();
		assertAccessible(driver);

		// asks to join
		type("message", "Nous tournons des pièces de précision et visons la Chine.");
		click(By.cssSelector("#join input[type='checkbox'][name='acceptCharter']"));
		click(By.cssSelector("#join form button[type='submit']"));
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join"), "attend la décision"));
		assertThat(flash()).startsWith("Demande envoyée.");
		assertThat(driver.findElement(By.id("join")).getText())
			.contains("Votre demande d’adhésion attend la décision des coordinateurs.")
			.contains("Retirer ma demande");
		assertThat(driver.findElements(By.id("members"))).isEmpty();
		assertAccessible(driver);

		// the coordinator is told and approves
		logOut();
		logIn(story.coordinator().email());
		// the request is signed with the legal name the company registered with
		openNotification(legalName + " demande à rejoindre l’écosystème " + story.name() + ".");
		// straight to the request among the pending ones
		browser.waiting().until(ExpectedConditions.urlMatches(url(story.path()) + "#request-[0-9]+$"));
		assertAccessible(driver);
		WebElement request = driver
			.findElement(By.xpath("//section[contains(@class,'console')]//div[contains(@class,'card')][.//a[text()='"
					+ tradeName + "']]"));
		assertThat(request.getText()).contains("Nous tournons des pièces de précision et visons la Chine.");
		request.findElement(By.xpath(".//button[normalize-space()='Accepter']")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector("main .alert-success[role='status']"),
					"Demande acceptée. L’entreprise est prévenue."));
		assertThat(driver.findElement(By.id("members")).getText()).contains(tradeName);
		assertAccessible(driver);

		// the new member is told, and now sees the members and the map
		logOut();
		logIn(email);
		openNotification("Votre entreprise a été acceptée dans l’écosystème " + story.name() + ".");
		waitForPath(story.path() + "#join");
		assertThat(driver.findElement(By.id("join")).getText())
			.contains("Votre entreprise est membre de cet écosystème.");
		assertThat(driver.findElement(By.id("members")).getText()).contains(tradeName)
			.contains(story.competitor())
			.contains(story.complement());
		WebElement map = driver.findElement(By.cssSelector("#coopetition-map svg.coopetition"));
		assertThat(map.isDisplayed()).isTrue();
		assertThat(map.getSize().getWidth()).isGreaterThan(200);
		// one dot per member company, the viewer's own marked
		assertThat(map.findElements(By.cssSelector("circle"))).hasSize(3);
		assertThat(map.findElements(By.cssSelector("circle.node-own"))).hasSize(1);
		assertThat(driver.findElement(By.id("clusters")).getText()).contains("28.41").contains("27.11");
		List<String> pairs = driver.findElements(By.cssSelector("#pairs tbody tr"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(pairs).anySatisfy((pair) -> assertThat(pair).contains(tradeName)
			.contains(story.competitor())
			.contains("Concurrence")
			.contains("Même activité."));
		assertThat(pairs).anySatisfy((pair) -> assertThat(pair).contains(tradeName)
			.contains(story.complement())
			.contains("Complémentarité")
			.contains("Chine"));
		screenshot("ecosystem-member-view");
		Files.write(SCREENSHOTS.resolve("coopetition-map.png"), map.getScreenshotAs(OutputType.BYTES));
		assertAccessible(driver);
	}

	@Test
	void fitsAPhoneScreen() throws IOException {
		Story story = ecosystemWithTwoMembers();
		ChromeDriver driver = (ChromeDriver) browser.driver();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			driver.get(url("/login"));
			logIn(story.member().email());
			waitForPath("/");

			driver.get(url(story.path()));
			assertThat(heading()).isEqualTo(story.name());
			assertThat(driver.findElement(By.cssSelector("#coopetition-map svg")).isDisplayed()).isTrue();
			assertNoHorizontalScrolling();
			WebElement toggler = driver.findElement(By.cssSelector("nav .navbar-toggler"));
			assertThat(toggler.isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("main-nav")).isDisplayed()).isFalse();
			screenshot("phone-ecosystem");
			assertAccessible(driver);
			toggler.click();
			// the company's own page is in the person's menu
			browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("user-menu"))).click();
			browser.waiting()
				.until(ExpectedConditions
					.visibilityOfElementLocated(By.cssSelector("#main-nav a[href='/account/company']")))
				.click();

			waitForPath("/account/company");
			assertThat(driver.findElement(By.id("main-nav")).isDisplayed()).isFalse();
			assertNoHorizontalScrolling();
			screenshot("phone-profile-form");
			assertAccessible(driver);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** What the setup made: an ecosystem, its coordinator and two member companies. */
	record Story(long id, String name, CoopexUser coordinator, CoopexUser member, String competitor,
			String complement) {

		String path() {
			return "/ecosystems/" + this.id;
		}

	}

	/**
	 * A coordination body's ecosystem for machine makers targeting China, with a charter;
	 * its members: a maker of metalworking machine tools (28.41Z) and a maker of electric
	 * motors (27.11Z) also targeting China.
	 */
	private Story ecosystemWithTwoMembers() {
		int n = SEQUENCE.incrementAndGet();
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		String name = "Machines françaises en Chine " + n;
		long id = this.ecosystems.create(coordinator,
				new EcosystemDraft(name, "Prospecter ensemble les industriels chinois de la mécanique.", Set.of("CN"),
						Set.of("28"), true, "Chacun garde ses clients ; les frais de salon sont partagés."));
		CoopexUser competitor = this.fixtures.member();
		CoopexUser complement = this.fixtures.member();
		String competitorName = "Fraisage Rival " + n;
		String complementName = "Moteurs Complices " + n;
		describe(competitor, competitorName, "28.41Z", "Fraiseuses verticales", "fraisage");
		describe(complement, complementName, "27.11Z", "Moteurs électriques pour machines", "moteurs");
		this.ecosystems.requestToJoin(competitor, id, null, true);
		this.ecosystems.requestToJoin(complement, id, null, true);
		this.ecosystems.approveAll(coordinator, id);
		return new Story(id, name, coordinator, competitor, competitorName, complementName);
	}

	private void describe(CoopexUser member, String tradeName, String naf, String products, String keywords) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), tradeName, null, null, naf,
						Region.AUVERGNE_RHONE_ALPES, null, null, HeadcountBand.FROM_20_TO_49, null, null, null, null,
						null, null, ExportSituation.EXPORTING, null, null, Set.of(), Set.of("CN"), products, keywords,
						null, Set.of(), Set.of(), Map.of()));
	}

	/** A SIRET of the company's head office: the SIREN, 0001 and a Luhn key. */
	private static String siret(String siren) {
		for (int key = 0; key <= 9; key++) {
			String siret = siren + "0001" + key;
			if (Luhn.isValid(siret)) {
				return siret;
			}
		}
		throw new IllegalStateException("No Luhn key for " + siren);
	}

	/**
	 * Opens the notifications page until the notification appears (it is delivered
	 * asynchronously), then follows it.
	 */
	private void openNotification(String text) {
		WebDriver driver = browser.driver();
		click(By.cssSelector("nav a[href='/notifications']"));
		waitForPath("/notifications");
		WebElement link = new WebDriverWait(driver, NOTIFICATION_WAIT).pollingEvery(Duration.ofMillis(500))
			.withMessage(
					() -> "no notification \"" + text + "\" in: " + driver.findElement(By.tagName("main")).getText())
			.until((d) -> {
				List<WebElement> links = d.findElements(By.xpath("//main//li/a[normalize-space()=\"" + text + "\"]"));
				if (links.isEmpty()) {
					d.navigate().refresh();
					return null;
				}
				return links.get(0);
			});
		assertAccessible(driver);
		link.click();
	}

	private void assertNoHorizontalScrolling() {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(clientWidth).isEqualTo(390);
		assertThat(scrollWidth).as("page width on " + browser.driver().getCurrentUrl())
			.isLessThanOrEqualTo(clientWidth);
	}

	/** The whole page as a PNG in target/screenshots, to look at. */
	private void screenshot(String name) throws IOException {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		Files.createDirectories(SCREENSHOTS);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private void logIn(String email) {
		WebDriver driver = browser.driver();
		if (!driver.getCurrentUrl().endsWith("/login")) {
			click(By.cssSelector("nav a[href='/login']"));
			waitForPath("/login");
		}
		assertAccessible(driver);
		type("username", email);
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	/** Signs out through the user menu, as a person would. */
	private void logOut() {
		click(By.id("user-menu"));
		click(By.cssSelector("form[action='/logout'] button"));
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

	private void select(String id, String visibleText) {
		new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	private String selectedValue(String id) {
		return new Select(browser.driver().findElement(By.id(id))).getFirstSelectedOption().getDomAttribute("value");
	}

	private void selectMarket(String id, String code) {
		WebElement select = browser.driver().findElement(By.id(id));
		new Select(select).selectByValue(code);
		// one query, rather than one per option of these long lists
		assertThat(select.findElements(By.cssSelector("option:checked"))).extracting(WebElement::getText)
			.containsExactly("Chine");
	}

	private void waitForPath(String path) {
		browser.waiting().until(ExpectedConditions.urlToBe(url(path)));
	}

	private String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	private String flash() {
		return browser.driver().findElement(By.cssSelector("main .alert-success[role='status']")).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
