package fr.coopex.browser;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader firm of an ecosystem hands coordination over to a chamber of commerce, which
 * reads the proposal and accepts it: in a real browser at 1366 and 390 pixels wide, every
 * page checked with axe-core and read without sideways scrolling.
 */
@IntegrationTest
class HandoverStoryBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	AccountManagement accounts;

	@Test
	void theLeaderFirmHandsCoordinationOverToAChamberOfCommerceWhichAccepts() {
		CoopexUser leader = this.fixtures.member();
		String name = "Robotique vers le Québec " + System.nanoTime();
		long id = this.ecosystems.create(leader, new EcosystemDraft(name, "Exposer ensemble à Montréal.", Set.of("CA"),
				Set.of("28"), true, "Chacun garde ses clients."));
		CoopexUser member = this.fixtures.member();
		this.ecosystems.requestToJoin(member, id, null, true);
		this.ecosystems.approveAll(leader, id);
		String chamberName = "Chambre de commerce de Val-Fictif " + System.nanoTime();
		CoopexUser chamber = this.accounts.principal(
				this.accounts.createAccount(
						new AccountManagement.NewAccount(Fixtures.uniqueEmail("cci"), "Thomas Morel", Role.COORDINATOR,
								OrganisationKind.COORDINATION_BODY, chamberName, null, Fixtures.PASSWORD, true),
						"test"));
		WebDriver driver = browser.driver();
		String page = "/ecosystems/" + id;

		// the leader firm proposes, on a laptop screen
		width(1366, false);
		driver.get(url("/login"));
		logIn(leader.email());
		driver.get(url(page));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("handover-form")));
		assertAccessible(driver);
		new Select(driver.findElement(By.id("handover-organisation")))
			.selectByValue(Long.toString(chamber.organisationId()));
		driver.findElement(By.id("handover-message")).sendKeys("Vous avez l’habitude des salons au Canada.");
		click(By.cssSelector("#handover-form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("handover-pending")));
		assertThat(driver.findElement(By.id("handover-pending")).getText()).contains(chamberName)
			.contains("Rien ne change");
		assertThat(flash()).isEqualTo("Proposition envoyée : rien ne change tant qu’elle n’est pas acceptée.");
		assertAccessible(driver);
		// nothing changed yet
		assertThat(this.ecosystems.coordinatorIds(id)).containsExactly(leader.id());
		logOut();

		// the chamber reads the proposal on a phone
		logIn(chamber.email());
		width(390, true);
		try {
			driver.get(url(page));
			click(By.cssSelector("#handover-addressed a"));
			browser.waiting().until(ExpectedConditions.urlToBe(url(page + "/handover")));
			assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
			assertThat(driver.findElement(By.id("handover-proposal")).getText()).contains(chamberName);
			assertNoHorizontalScrolling(390);
			assertAccessible(driver);
		}
		finally {
			width(1366, false);
		}

		// and accepts it on a laptop
		driver.navigate().refresh();
		click(By.id("accept-handover"));
		browser.waiting().until(ExpectedConditions.urlToBe(url(page)));
		assertThat(flash()).isEqualTo("Vous coordonnez maintenant cet écosystème.");
		assertThat(driver.findElement(By.id("coordinator-team")).getText()).contains("Thomas Morel")
			.doesNotContain(leader.displayName() + " (");
		assertThat(driver.findElement(By.id("member-roles")).getText()).contains(leader.organisationName());
		assertNoHorizontalScrolling(1366);
		assertAccessible(driver);
		assertThat(this.ecosystems.coordinatorIds(id)).containsExactly(chamber.id());
		assertThat(this.ecosystems.summary(id).coordination().name()).isEqualTo("THIRD_PARTY");

		// the new coordinator's console reads on a phone too
		width(390, true);
		try {
			driver.navigate().refresh();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("coordination")));
			assertNoHorizontalScrolling(390);
			assertAccessible(driver);
		}
		finally {
			width(1366, false);
		}
	}

	private void width(int pixels, boolean mobile) {
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", pixels, "height", mobile ? 844 : 900, "deviceScaleFactor", 1, "mobile", mobile));
	}

	private void assertNoHorizontalScrolling(int width) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		// a laptop's vertical scroll bar takes its width from the page's
		assertThat(clientWidth).isLessThanOrEqualTo(width).isGreaterThan(width - 20);
		assertThat(scrollWidth).as("page width on " + browser.driver().getCurrentUrl())
			.isLessThanOrEqualTo(clientWidth);
	}

	private void logIn(String email) {
		WebDriver driver = browser.driver();
		if (!driver.getCurrentUrl().endsWith("/login")) {
			driver.get(url("/login"));
		}
		assertAccessible(driver);
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
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

	private String flash() {
		return browser.driver().findElement(By.cssSelector("main .alert-success[role='status']")).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
