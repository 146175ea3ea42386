package fr.coopex.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.StandFixtures;
import fr.coopex.fairs.StandManagement;
import fr.coopex.ledger.CompanyNames;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story (1) of issue 18 in a real browser, each page checked with axe-core at 1366 and
 * 390 pixels without sideways scrolling: a member signs in and, from the home page alone,
 * finds its overdue cash call in red, the pool's line still outstanding and the
 * coordination's payment details, follows the cash call's link and declares its payment,
 * which waits for the coordinator; the coordinator confirms it on the pool console (the
 * ledger's payment is recorded there, as one the coordinator enters) and the member's
 * home page then shows nothing owed. The coordinator may also record a payment the member
 * did not declare, from the overdue line of their own home page.
 */
@IntegrationTest
class HomeBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	private static final List<Dimension> SIZES = List.of(new Dimension(1366, 900), new Dimension(390, 844));

	@LocalServerPort
	int port;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	FairCalendar calendar;

	@Autowired
	Ledger ledger;

	@Autowired
	CompanyManagement companies;

	@Test
	void aMemberFollowsItsOverdueCashCallFromTheHomePageUntilItsPaymentIsRecorded() {
		StandFixtures.Ecosystem eco = this.standFixtures.ecosystem(2);
		CoopexUser member = eco.members().get(0);
		CompanyNames.name(this.companies, member, "Usinage du Doubs " + System.nanoTime() % 100000);
		CompanyNames.name(this.companies, eco.members().get(1), "Capteurs du Jura");
		long stand = this.standFixtures.stand(eco, this.standFixtures.fair("Salon des retards " + System.nanoTime()),
				"40", "4");
		this.stands.book(member, stand, new BigDecimal("12"), null);
		this.stands.book(eco.members().get(1), stand, new BigDecimal("20"), null);
		this.standFixtures.spaceCost(eco, stand, "10000");
		long pool = this.stands.view(stand).poolId();
		this.ledger.callDeposits(eco.coordinator(), pool, Ledger.ANY_VERSION, "Acompte", new BigDecimal("50"),
				this.calendar.today().minusDays(3));
		PoolView.CashCallLine line = this.ledger.pool(member, pool).cashCalls().get(0).lines().get(0);
		WebDriver driver = browser.driver();

		for (Dimension size : SIZES) {
			driver.manage().window().setSize(size);
			logIn(member.email());
			driver.get(url("/"));
			WebElement owed = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("owed-" + pool)));
			assertThat(owed.getAttribute("class")).contains("text-danger");
			assertThat(owed.getText()).contains("en retard");
			assertThat(driver.findElement(By.id("home-owed-headline")).getText()).startsWith("Vous devez");
			assertPage(size);
			// from the home page: the overdue line, then the pool's cash calls
			click(By.cssSelector("#due-" + pool + " a"));
			WebElement calls = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("cash-calls")));
			assertThat(calls.getText()).contains("Acompte");
			assertPage(size);
			// and how to pay: the coordination's payment details
			driver.navigate().back();
			click(By.cssSelector("#owed-" + pool + " a[href*='#payment-details']"));
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("payment-details")));
			assertPage(size);
			logOut();

			logIn(eco.coordinator().email());
			driver.get(url("/"));
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("home-overdue-" + eco.id())));
			assertPage(size);
			logOut();
		}

		// the coordinator records the payment from the overdue line of their home page
		driver.manage().window().setSize(SIZES.get(0));
		logIn(eco.coordinator().email());
		driver.get(url("/"));
		click(By.cssSelector("#home-overdue-" + eco.id() + " a[href*='/console/pools/" + pool + "']"));
		new Select(browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#payment-form select[name='payer']"))))
			.selectByValue(Long.toString(member.organisationId()));
		typeIn("amount", line.outstanding().toPlainString());
		setDate(driver.findElement(By.cssSelector("#payment-form input[name='paidOn']")), this.calendar.today());
		typeIn("reference", "VIR-RETARD-1");
		click(By.cssSelector("#payment-form button[type='submit']"));
		browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert-success[role='status']")));
		logOut();

		for (Dimension size : SIZES) {
			driver.manage().window().setSize(size);
			logIn(member.email());
			driver.get(url("/"));
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("home-owed-headline")));
			assertThat(driver.findElements(By.id("owed-" + pool))).isEmpty();
			assertThat(driver.findElement(By.id("home-owed")).getText()).doesNotContain("en retard");
			assertPage(size);
			logOut();
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void aMemberDeclaresThePaymentOfItsOverdueCashCallFromTheHomePageAndTheCoordinatorConfirmsIt() {
		StandFixtures.Ecosystem eco = this.standFixtures.ecosystem(2);
		CoopexUser member = eco.members().get(0);
		CompanyNames.name(this.companies, member, "Horlogerie du Doubs " + System.nanoTime() % 100000);
		CompanyNames.name(this.companies, eco.members().get(1), "Capteurs du Jura");
		long stand = this.standFixtures.stand(eco,
				this.standFixtures.fair("Salon des déclarations " + System.nanoTime()), "40", "4");
		this.stands.book(member, stand, new BigDecimal("12"), null);
		this.stands.book(eco.members().get(1), stand, new BigDecimal("20"), null);
		this.standFixtures.spaceCost(eco, stand, "10000");
		long pool = this.stands.view(stand).poolId();
		long call = this.ledger.callDeposits(eco.coordinator(), pool, Ledger.ANY_VERSION, "Acompte",
				new BigDecimal("50"), this.calendar.today().minusDays(3));
		BigDecimal outstanding = this.ledger.pool(member, pool).cashCalls().get(0).lines().get(0).outstanding();
		WebDriver driver = browser.driver();

		// on a phone: the overdue call in red on the home page, and its declaration form
		driver.manage().window().setSize(SIZES.get(1));
		logIn(member.email());
		driver.get(url("/"));
		WebElement owedCall = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("owed-call-" + call)));
		assertThat(owedCall.getAttribute("class")).contains("text-danger");
		assertPage(SIZES.get(1));
		click(By.id("declare-" + call));
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-form")));
		assertPage(SIZES.get(1));
		logOut();

		// at 1366 pixels: from the home page alone to the declared payment
		driver.manage().window().setSize(SIZES.get(0));
		logIn(member.email());
		driver.get(url("/"));
		owedCall = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("owed-call-" + call)));
		assertThat(owedCall.getAttribute("class")).contains("text-danger");
		assertThat(owedCall.getText()).contains("en retard");
		click(By.id("declare-" + call));
		// more than what remains due: the form again, with the reason, nothing saved
		typeInto("declaration-form", "amount", french(outstanding.add(BigDecimal.ONE)));
		setDate(driver.findElement(By.cssSelector("#declaration-form input[name='paidOn']")),
				this.calendar.today().minusDays(1));
		typeInto("declaration-form", "reference", "VIR-DECLARE-1");
		click(By.id("declaration-submit"));
		WebElement error = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-error")));
		assertThat(error.getText()).contains("dépasse ce qui reste dû");
		assertPage(SIZES.get(0));
		// the amount due, written the French way
		typeInto("declaration-form", "amount", french(outstanding));
		click(By.id("declaration-submit"));
		WebElement pending = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-pending")));
		assertThat(pending.getText()).contains("en attente de confirmation par le coordinateur");
		assertThat(driver.findElements(By.id("declaration-form"))).isEmpty();
		assertPage(SIZES.get(0));
		driver.get(url("/"));
		WebElement declared = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("declared-" + call)));
		assertThat(declared.getText()).contains("paiement déclaré le", "en attente de confirmation");
		assertPage(SIZES.get(0));
		logOut();

		// the coordinator's list of late calls marks the declared line: no reminder, a
		// link to
		// the declaration
		logIn(eco.coordinator().email());
		driver.get(url("/console/ecosystems/" + eco.id() + "/cash-calls"));
		WebElement declaredLine = browser.waiting()
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.id("declared-" + call + "-" + member.organisationId())));
		assertThat(declaredLine.getText()).isEqualTo("Paiement déclaré, à confirmer");
		assertThat(driver.findElement(By.id("overdue-" + call + "-" + member.organisationId()))
			.findElement(By.cssSelector("button[type='submit']"))
			.isEnabled()).isFalse();
		assertPage(SIZES.get(0));
		driver.manage().window().setSize(SIZES.get(1));
		driver.navigate().refresh();
		browser.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.id("declared-" + call + "-" + member.organisationId())));
		assertPage(SIZES.get(1));
		driver.manage().window().setSize(SIZES.get(0));

		// the coordinator confirms it on the pool console, reached from their home page
		driver.get(url("/"));
		click(By.cssSelector("#home-overdue-" + eco.id() + " a[href*='/console/pools/" + pool + "']"));
		WebElement confirm = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id^='confirm-declaration-']")));
		assertThat(driver.findElement(By.id("declarations")).getText()).contains("Horlogerie du Doubs",
				"VIR-DECLARE-1");
		assertPage(SIZES.get(0));
		click(By.id(confirm.getAttribute("id")));
		browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert-success[role='status']")));
		assertThat(this.ledger.pool(eco.coordinator(), pool).payments()).singleElement()
			.satisfies((p) -> assertThat(p.amount()).isEqualByComparingTo(outstanding));
		assertPage(SIZES.get(0));
		logOut();

		// the member's home no longer shows it as owed, at both widths
		for (Dimension size : SIZES) {
			driver.manage().window().setSize(size);
			logIn(member.email());
			driver.get(url("/"));
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("home-owed-headline")));
			assertThat(driver.findElements(By.id("owed-call-" + call))).isEmpty();
			assertThat(driver.findElements(By.id("owed-" + pool))).isEmpty();
			assertThat(driver.findElement(By.id("home-owed")).getText()).doesNotContain("en retard");
			assertPage(size);
			logOut();
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	private static String french(BigDecimal amount) {
		return amount.toPlainString().replace('.', ',');
	}

	private void typeInto(String form, String name, String text) {
		WebElement input = browser.waiting()
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("#" + form + " [name='" + name + "']")));
		input.clear();
		input.sendKeys(text);
	}

	/** Passes axe-core and reads without scrolling sideways at this width. */
	private static void assertPage(Dimension size) {
		WebDriver driver = browser.driver();
		assertAccessible(driver);
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as("page width on " + driver.getCurrentUrl() + " at " + size)
			.isLessThanOrEqualTo(clientWidth);
	}

	private void logIn(String email) {
		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		type("username", email);
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void logOut() {
		browser.driver().manage().deleteAllCookies();
	}

	private void click(By locator) {
		WebElement element = browser.waiting().until(ExpectedConditions.elementToBeClickable(locator));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				element);
		element.click();
	}

	private void type(String id, String text) {
		WebElement input = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		input.clear();
		input.sendKeys(text);
	}

	private void typeIn(String name, String text) {
		WebElement input = browser.waiting()
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("#payment-form [name='" + name + "']")));
		input.clear();
		input.sendKeys(text);
	}

	/** Date inputs take keystrokes in the browser's locale: set the ISO value instead. */
	private static void setDate(WebElement input, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
				date.toString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
