package fr.coopex.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * The signed-in navigation in a real browser: on one line without a horizontal scrollbar
 * at 1280 and 1366 pixels, its menus opened by mouse and keyboard; folded behind its
 * button at 390 pixels with every menu still reachable. Then what a company and its
 * coordinator read about a join request: pending in the lists, the notification leading
 * to the request, the bank details of the cash calls. Every page checked with axe-core.
 */
@IntegrationTest
class NavigationBrowserTests {

	/** Notifications are delivered after commit, by another thread. */
	private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(30);

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@ParameterizedTest(name = "at {0} pixels")
	@ValueSource(ints = { 1280, 1366 })
	void theSignedInNavigationFitsOnOneLineAndItsMenusOpen(int width) {
		CoopexUser member = this.fixtures.member();
		this.ecosystems.create(member, draft("Navigation " + System.nanoTime()));
		withWidth(width, false, () -> {
			signIn(member.email());
			driver().get(url("/"));
			assertFitsOnOneLine(width);
			assertAccessible(driver());

			// by mouse
			click(By.id("ecosystems-menu"));
			click(By.cssSelector("#main-nav a[href='/pools']"));
			waitForPath("/pools");
			assertFitsOnOneLine(width);

			// by keyboard: Enter opens the menu, the arrow goes to its first item
			WebElement menu = driver().findElement(By.id("ecosystems-menu"));
			menu.sendKeys(Keys.ENTER);
			browser.waiting().until((d) -> "true".equals(menu.getDomAttribute("aria-expanded")));
			menu.sendKeys(Keys.ARROW_DOWN);
			WebElement focused = driver().switchTo().activeElement();
			assertThat(focused.getDomAttribute("href")).isEqualTo("/console/ecosystems");
			assertAccessible(driver());
			focused.sendKeys(Keys.ENTER);
			waitForPath("/console/ecosystems");

			click(By.id("user-menu"));
			click(By.cssSelector("#main-nav a[href='/account/company']"));
			waitForPath("/account/company");
			assertFitsOnOneLine(width);
		});
	}

	@Test
	void theAdministratorsNavigationFitsAt1366AndItsMenuLeadsToTheAuditTrail() {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		withWidth(1366, false, () -> {
			signIn(admin.email());
			driver().get(url("/"));
			assertFitsOnOneLine(1366);
			click(By.id("admin-menu"));
			assertAccessible(driver());
			click(By.cssSelector("#main-nav a[href='/admin/audit']"));
			waitForPath("/admin/audit");
			assertFitsOnOneLine(1366);
		});
	}

	@Test
	void onAPhoneTheNavigationFoldsAndEveryMenuStaysReachable() {
		CoopexUser member = this.fixtures.member();
		withWidth(390, true, () -> {
			signIn(member.email());
			driver().get(url("/"));
			assertNoHorizontalScrolling(390);
			WebElement toggler = driver().findElement(By.cssSelector("nav .navbar-toggler"));
			assertThat(toggler.isDisplayed()).isTrue();
			assertThat(driver().findElement(By.id("main-nav")).isDisplayed()).isFalse();

			toggler.click();
			click(By.id("ecosystems-menu"));
			assertAccessible(driver());
			click(By.cssSelector("#main-nav a[href='/console/ecosystems']"));
			waitForPath("/console/ecosystems");
			assertNoHorizontalScrolling(390);

			driver().findElement(By.cssSelector("nav .navbar-toggler")).click();
			click(By.id("user-menu"));
			click(By.cssSelector("#main-nav a[href='/account/security']"));
			waitForPath("/account/security");
			assertNoHorizontalScrolling(390);
			assertAccessible(driver());
		});
	}

	@Test
	void aRequestIsPendingInTheListsAndItsNotificationLeadsTheCoordinatorToIt() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		String name = "Demande suivie " + System.nanoTime();
		long ecosystem = this.ecosystems.create(coordinator, draft(name));
		CoopexUser candidate = this.fixtures.member();
		this.ecosystems.requestToJoin(candidate, ecosystem, "Nous fabriquons des capteurs.", true);

		// the company: pending in the directory and among its ecosystems
		signIn(candidate.email());
		driver().get(url("/ecosystems?q=" + name.replace(' ', '+')));
		assertThat(standing()).isEqualTo("Demande en attente");
		assertAccessible(driver());
		driver().get(url("/console/ecosystems"));
		assertThat(standing()).isEqualTo("Demande en attente");
		assertAccessible(driver());
		signOut();

		// the coordinator: from the notification to the request, then the bank details
		signIn(coordinator.email());
		new WebDriverWait(driver(), NOTIFICATION_WAIT).until((d) -> {
			d.get(url("/notifications"));
			return !d.findElements(By.cssSelector("main a[href*='#request-']")).isEmpty();
		});
		assertAccessible(driver());
		click(By.cssSelector("main a[href*='#request-']"));
		browser.waiting().until(ExpectedConditions.urlContains("/ecosystems/" + ecosystem + "#request-"));
		String anchor = driver().getCurrentUrl().substring(driver().getCurrentUrl().indexOf('#') + 1);
		assertThat(driver().findElement(By.id(anchor)).getText()).contains("Nous fabriquons des capteurs.");
		assertAccessible(driver());

		click(By.id("settings-link"));
		waitForPath("/ecosystems/" + ecosystem + "/settings");
		assertAccessible(driver());
		type("accountHolder", "Association Export");
		type("iban", "FR76 3000 6000 0112 3456 7890 188");
		click(By.cssSelector("#payment-details-form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("iban-error")));
		assertThat(driver().findElement(By.id("iban-error")).getText()).contains("clé de contrôle");
		assertAccessible(driver());
		type("iban", "FR76 3000 6000 0112 3456 7890 189");
		click(By.cssSelector("#payment-details-form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .alert-success")));
		assertThat(driver().findElement(By.id("iban")).getDomProperty("value"))
			.isEqualTo("FR76 3000 6000 0112 3456 7890 189");
		assertAccessible(driver());
	}

	// --- helpers

	private void withWidth(int width, boolean mobile, Runnable steps) {
		ChromeDriver driver = (ChromeDriver) driver();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", mobile ? 844 : 900, "deviceScaleFactor", 1, "mobile", mobile));
		try {
			steps.run();
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/**
	 * No horizontal scrollbar, and the bar's items on one line (the bar is not folded).
	 */
	private void assertFitsOnOneLine(int width) {
		assertNoHorizontalScrolling(width);
		assertThat(driver().findElement(By.cssSelector("nav .navbar-toggler")).isDisplayed()).isFalse();
		List<WebElement> items = driver().findElements(By.cssSelector("#main-nav > ul > li"));
		Set<Integer> tops = new java.util.HashSet<>();
		for (WebElement item : items) {
			int middle = item.getRect().getY() + item.getRect().getHeight() / 2;
			tops.add(middle / 20);
		}
		assertThat(tops).as("rows of the navigation on " + driver().getCurrentUrl()).hasSize(1);
	}

	private void assertNoHorizontalScrolling(int width) {
		JavascriptExecutor js = (JavascriptExecutor) driver();
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(clientWidth).isLessThanOrEqualTo(width);
		assertThat(scrollWidth).as("page width on " + driver().getCurrentUrl()).isLessThanOrEqualTo(clientWidth);
	}

	private String standing() {
		return driver().findElement(By.cssSelector("main [data-standing]")).getText();
	}

	private void signIn(String email) {
		driver().get(url("/login"));
		type("username", email);
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void signOut() {
		driver().get(url("/"));
		click(By.id("user-menu"));
		click(By.cssSelector("#main-nav form[action='/logout'] button"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav a[href='/login']")));
	}

	private void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private void type(String id, String text) {
		WebElement input = driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void waitForPath(String path) {
		browser.waiting().until(ExpectedConditions.urlToBe(url(path)));
	}

	private static WebDriver driver() {
		return browser.driver();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static EcosystemDraft draft(String name) {
		return new EcosystemDraft(name, "Exporter ensemble", Set.of("CA"), Set.of("28"), true, null);
	}

}
