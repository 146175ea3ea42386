package fr.coopex.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
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
 * Trust between competitors, in a real browser at 1366 and 390 pixels with axe-core: a
 * member posts a market note mentioning a price, is warned, confirms, and the note shows
 * in the ecosystem's register of exchanges; a company opens its access log and sees the
 * coordinator's visit.
 */
@IntegrationTest
class TrustBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	MissionManagement missions;

	@Test
	void aNoteAboutPricesIsConfirmedAndRegisteredAndTheCompanySeesWhoOpenedItsProfile() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Confiance " + System.nanoTime(),
				"Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser member = this.fixtures.member();
		CoopexUser other = this.fixtures.member();
		for (CoopexUser m : List.of(member, other)) {
			this.ecosystems.requestToJoin(m, ecosystem, null, true);
		}
		this.ecosystems.approveAll(coordinator, ecosystem);
		long mission = this.missions.propose(member, ecosystem,
				new MissionDraft("Foire de Hanovre", MissionKind.TRADE_MISSION, "DE", LocalDate.now().plusMonths(2),
						LocalDate.now().plusMonths(2).plusDays(3), new BigDecimal("5000"), null));
		this.missions.join(other, mission);
		WebDriver driver = browser.driver();
		int round = 0;
		for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
			round++;
			driver.manage().window().setSize(size);
			// the member posts a note that mentions a price: warned, then confirms
			logIn(member.email());
			driver.get(url("/missions/" + mission + "#findings"));
			String title = "Salon " + round;
			type("title", title);
			type("text", "Le prix d'entrée du salon a doublé.");
			submit("finding-form");
			WebElement confirm = browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(
						By.cssSelector("#finding-form input[type='checkbox'][name='confirmPriceTalk']")));
			assertThat(driver.findElement(By.cssSelector("#finding-form .alert-danger")).getText()).contains("prix");
			assertThat(driver.findElement(By.id("text")).getAttribute("value")).contains("prix d'entrée");
			assertAccessible(driver);
			assertNoHorizontalScroll(driver);
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", confirm);
			confirm.click();
			submit("finding-form");
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), title));
			// the note shows in the register, marked as confirmed after the warning
			int expected = round;
			driver.get(url("/ecosystems/" + ecosystem + "/exchanges"));
			browser.waiting().withTimeout(Duration.ofSeconds(20)).until((d) -> {
				d.navigate().refresh();
				return d.findElements(By.cssSelector("#exchanges tbody tr")).size() >= expected;
			});
			String register = driver.findElement(By.id("exchanges")).getText();
			assertThat(register).contains("Note de marché").contains("Foire de Hanovre").contains("Oui");
			assertAccessible(driver);
			assertNoHorizontalScroll(driver);
			logOut();
			// the coordinator opens the member's profile; the member sees it in its log
			logIn(coordinator.email());
			driver.get(url("/companies/" + member.organisationId()));
			logOut();
			logIn(member.email());
			driver.get(url("/account/company/access"));
			assertThat(
					browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("access-log"))).getText())
				.contains("Organisation COORDINATOR");
			assertAccessible(driver);
			assertNoHorizontalScroll(driver);
			driver.get(url("/account/company"));
			assertThat(driver.findElement(By.id("ecosystem-preview")).getText()).contains("Confiance");
			logOut();
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	private static void assertNoHorizontalScroll(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as("page width on " + driver.getCurrentUrl()).isLessThanOrEqualTo(clientWidth);
	}

	private void submit(String formId) {
		WebElement button = browser.driver().findElement(By.cssSelector("#" + formId + " button[type='submit']"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				button);
		button.click();
	}

	private void logIn(String email) {
		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		type("username", email);
		type("password", Fixtures.PASSWORD);
		browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main form button[type='submit']")))
			.click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void logOut() {
		browser.driver().manage().deleteAllCookies();
	}

	private void type(String id, String text) {
		WebElement input = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
		input.clear();
		input.sendKeys(text);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
