package fr.coopex.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.Scope;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, checked with axe-core on every page: an agency officer opens the
 * observatory, filters by size and downloads a table as CSV; a firm records an aid it
 * received, sees its de minimis total and downloads its attestation. Both at 1366 and 390
 * pixels wide, with no horizontal scroll.
 */
@IntegrationTest
class ObservatoryBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	CompanyManagement companies;

	@Test
	void anOfficerOpensTheObservatoryFiltersBySizeAndDownloadsACsv() {
		for (int i = 0; i < 6; i++) {
			firm(Region.GUADELOUPE);
		}
		CoopexUser officer = officer("GUADELOUPE");
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		driver.get(url("/login"));
		logIn(officer.email());
		driver.get(url("/observatory"));
		assertThat(heading()).isEqualTo("Observatoire des PME exportatrices");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Territoire : Guadeloupe",
				"6 entreprises comptées", "plus de 65 %");
		// none of the six is in an ecosystem: the ecosystems' figures are secret
		assertThat(driver.findElement(By.id("table-ecosystems")).getText()).contains("Écosystèmes du territoire",
				"secret");
		assertAccessible(driver);
		assertNoHorizontalScroll(driver);

		new Select(driver.findElement(By.id("size"))).selectByValue("SMALL");
		click(By.cssSelector("#observatory-filter button[type='submit']"));
		browser.waiting().until(ExpectedConditions.urlContains("size=SMALL"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("6 entreprises comptées");
		assertAccessible(driver);

		WebElement link = driver.findElement(By.cssSelector("#table-export-situation a[href*='.csv']"));
		assertThat(link.getDomAttribute("href")).contains("/observatory/export-situation.csv", "size=SMALL");
		assertThat(fetch(link.getDomAttribute("href"))).contains("\"Exporte\";\"6\"");

		onAPhone(driver, true);
	}

	@Test
	void aFirmRecordsAGrantSeesItsTotalAndDownloadsTheAttestation() {
		CoopexUser member = this.fixtures.member();
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		driver.get(url("/login"));
		logIn(member.email());
		driver.get(url("/account/company/de-minimis"));
		assertThat(heading()).isEqualTo("Registre des aides de minimis");
		assertAccessible(driver);

		type("name", "Prêt d’honneur export");
		type("grantingBody", "Région Guadeloupe");
		((JavascriptExecutor) driver).executeScript("document.getElementById('grantedOn').value = arguments[0]",
				java.time.LocalDate.now().minusMonths(4).toString());
		type("amount", "45 000,00");
		click(By.cssSelector("#manual-aid-form button[type='submit']"));
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("de-minimis-entries"),
					"Prêt d’honneur export"));
		String summary = driver.findElement(By.cssSelector(".de-minimis-summary"))
			.getText()
			.replace('\u202F', ' ')
			.replace('\u00A0', ' ');
		assertThat(summary).contains("45 000,00", "300 000,00", "255 000,00", "2023/2831");
		assertAccessible(driver);

		String type = (String) ((JavascriptExecutor) driver)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then((r) => done(r.status + ' ' + r.headers.get('Content-Type')), (e) => done('failed: ' + e));",
					driver.findElement(By.id("attestation")).getDomAttribute("href"));
		assertThat(type).isEqualTo("200 application/pdf");

		onAPhone(driver, true);
	}

	private void firm(Region region) {
		CoopexUser member = this.fixtures.member();
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, region, null, null,
						HeadcountBand.FROM_10_TO_19, TurnoverBand.UNDER_500K, null, null, null, null, null,
						ExportSituation.EXPORTING, 20, 1, Set.of(), Set.of(), null, null, null,
						Set.of(Obstacle.STANDARDS), Set.of(), Map.of()));
	}

	private CoopexUser officer(String region) {
		long id = this.accounts
			.createAccount(
					new AccountManagement.NewAccount(Fixtures.uniqueEmail("agent"), "Agent Observatoire", Role.AGENCY,
							OrganisationKind.AGENCY, "Agence " + System.nanoTime(), null, Fixtures.PASSWORD, true),
					"test");
		CoopexUser officer = this.accounts.principal(id);
		this.organisations.setScope(this.fixtures.user(Role.ADMIN), officer.organisationId(),
				new Scope(false, List.of(region)), List.of());
		return officer;
	}

	/** The page again on a phone 390 pixels wide: no horizontal scroll, accessible. */
	private static void onAPhone(WebDriver driver, boolean checkWidth) {
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			driver.navigate().refresh();
			assertThat(
					(Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth"))
				.isEqualTo(390);
			if (checkWidth) {
				assertNoHorizontalScroll(driver);
			}
			assertAccessible(driver);
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private static void assertNoHorizontalScroll(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		Object wide = js.executeScript("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
				+ ".slice(0, 5).map((e) => e.tagName + '.' + e.className + '#' + e.id).join(' ')");
		assertThat(scrollWidth).as("wider than the screen: %s", wide).isLessThanOrEqualTo(clientWidth);
	}

	private void logIn(String email) {
		type("username", email);
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private String fetch(String path) {
		return (String) ((JavascriptExecutor) browser.driver())
			.executeAsyncScript(
					"const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done('failed: ' + e));",
					path);
	}

	private void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
