package fr.coopex.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.SubsidyDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger in a real browser: the coordinator adds the stand's cost through the console
 * form and confirms the split; a member reads its share and the suggested transfers.
 * Every page is checked with axe-core.
 */
@IntegrationTest
class LedgerBrowserTests {

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
	Ledger ledger;

	@Test
	void theCoordinatorConfirmsTheSplitAndAMemberReadsItsShare() throws IOException {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Stand navigateur " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser alpha = this.fixtures.member();
		CoopexUser beta = this.fixtures.member();
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, System.nanoTime(), ecosystem,
				"Stand Hannover", AllocationKey.BY_AREA, Set.of());
		this.ledger.join(alpha, pool, new ParticipantDraft(alpha.organisationId(), "Alpha Usinage",
				new BigDecimal("12"), null, 45, false, 0));
		this.ledger.join(beta, pool,
				new ParticipantDraft(beta.organisationId(), "Bêta Capteurs", new BigDecimal("24"), null, 45, false, 0));
		this.ledger.addSubsidy(coordinator, pool, Ledger.ANY_VERSION,
				SubsidyDraft.rate("Région", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));

		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		logIn(coordinator.email());
		driver.get(url("/console/pools/" + pool));
		assertAccessible(driver);
		click(By.cssSelector("#items-heading ~ details summary"));
		type("label", "Surface nue 36 m²");
		type("amount", "-9000");
		click(By.cssSelector("#item-form button[type='submit']"));
		assertThat(driver.findElement(By.id("amount-error")).getText()).contains("négatif");
		assertAccessible(driver);
		type("amount", "9000");
		click(By.cssSelector("#item-form button[type='submit']"));
		click(By.id("post-button"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Confirmé"));
		screenshot("ledger-console");
		assertAccessible(driver);
		logOut();

		driver.get(url("/login"));
		logIn(alpha.email());
		driver.get(url("/pools/" + pool));
		// 3,000 + 600 VAT - 1,500 subsidy; Beta: 6,000 + 1,200 - 3,000
		assertThat(text(By.id("shares"))).contains("Alpha Usinage", "2 100,00", "Bêta Capteurs", "4 200,00",
				"6 300,00");
		assertThat(text(By.id("transfers"))).contains("Alpha Usinage verse 2 100,00 €");
		assertThat(driver.findElements(By.cssSelector("a[href='/console/pools/" + pool + "']"))).isEmpty();
		screenshot("ledger-pool-member");
		assertAccessible(driver);
	}

	/** The text of an element, with the narrow spaces of French amounts as spaces. */
	private static String text(By locator) {
		return browser.driver().findElement(locator).getText().replace('\u202F', ' ').replace('\u00A0', ' ');
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void logIn(String email) {
		assertAccessible(browser.driver());
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

	private void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private void type(String id, String text) {
		WebElement input = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		input.clear();
		input.sendKeys(text);
	}

	private void screenshot(String name) throws IOException {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		Files.createDirectories(SCREENSHOTS);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

}
