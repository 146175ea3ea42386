package fr.coopex.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CompanyNames;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
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
 * The pool pages of issue 14, items 1 to 5, in a real browser at 1366 and 390 pixels, as
 * a member and as the coordinator, each page checked with axe-core: the balance agrees
 * with the cash call of a provisional split, every share is explained in words next to
 * its table and chart, the "Part" column stays on a phone's screen, fixed amounts are
 * chosen by name, and confirming the split asks on a page of its own.
 */
@IntegrationTest
class PoolBrowserTests {

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

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void poolPagesReadRightAndPassAxeAtDesktopAndPhoneWidths() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Navigateur " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser member = this.fixtures.member();
		CoopexUser other = this.fixtures.member();
		CompanyNames.name(this.companies, member, "Mécatronique du Jura");
		CompanyNames.name(this.companies, other, "Capteurs de Franche-Comté");
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, System.nanoTime(), ecosystem,
				"Automate 2027", AllocationKey.BY_AREA, Set.of());
		this.ledger.join(member, pool,
				new ParticipantDraft(member.organisationId(), "M", new BigDecimal("18"), null, 45, false, 0));
		this.ledger.join(other, pool,
				new ParticipantDraft(other.organisationId(), "O", new BigDecimal("21"), null, 80, false, 0));
		this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Surface nue", CostCategory.SPACE, new BigDecimal("11700"), new BigDecimal("20")));
		this.ledger.addSubsidy(coordinator, pool, version(pool),
				SubsidyDraft.rate("Région", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
		this.ledger.callDeposits(coordinator, pool, version(pool), "Acompte", new BigDecimal("50"),
				LocalDate.now().plusDays(30));
		WebDriver driver = browser.driver();
		for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
			driver.manage().window().setSize(size);
			// the member: its provisional share, the deposit due, the same amount to pay
			logIn(member.email());
			driver.get(url("/pools/" + pool));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("shares")));
			assertThat(driver.findElement(By.id("share-explanations")).getText()).contains("18 des 39 m²");
			assertThat(driver.findElement(By.id("transfers")).getText()).contains("Mécatronique du Jura");
			assertPartVisible(driver, size);
			assertAccessible(driver);
			driver.get(url("/pools"));
			assertAccessible(driver);
			logOut();
			// the coordinator: the pool, its console and the page asking before
			// confirming
			logIn(coordinator.email());
			driver.get(url("/pools/" + pool));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("shares")));
			assertPartVisible(driver, size);
			assertAccessible(driver);
			driver.get(url("/console/pools/" + pool));
			assertThat(driver.findElements(By.cssSelector("#fixed-amounts select"))).isNotEmpty();
			assertAccessible(driver);
			driver.get(url("/console/pools/" + pool + "/post"));
			assertThat(driver.findElement(By.id("confirm-consequences")).getText()).isNotBlank();
			assertAccessible(driver);
			long item = this.jdbc.queryForObject("select min(id) from ledger_cost_item where pool_id = ?", Long.class,
					pool);
			driver.get(url("/console/pools/" + pool + "/items/" + item + "/delete"));
			assertAccessible(driver);
			logOut();
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	/** The "Part" column of every share is on the screen, not scrolled away. */
	private static void assertPartVisible(WebDriver driver, Dimension size) {
		List<WebElement> parts = driver.findElements(By.cssSelector("#shares td.share-net"));
		assertThat(parts).isNotEmpty();
		for (WebElement part : parts) {
			assertThat(part.isDisplayed()).isTrue();
			assertThat(part.getRect().getX() + part.getRect().getWidth()).as("right edge of the part at " + size)
				.isLessThanOrEqualTo(size.getWidth());
		}
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
		WebElement input = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		input.clear();
		input.sendKeys(text);
	}

	private long version(long pool) {
		return this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, pool);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
