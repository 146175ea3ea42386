package fr.coopex.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.NewAccount;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidData;
import fr.coopex.aids.AidData.Operator;
import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.CompanySize;
import fr.coopex.aids.Criteria;
import fr.coopex.aids.PaysFor;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
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
 * A member looks for an aid to exhibit at trade fairs: searches as they type, filters,
 * opens the aid, reads why the company is eligible, follows it and starts an application;
 * in a real browser, checked with axe-core on every page visited. A visitor whose browser
 * runs no JavaScript searches with the form's button.
 */
@IntegrationTest
class AidsBrowserTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));

	@RegisterExtension
	static final Browser browser = new Browser();

	@RegisterExtension
	static final Browser withoutJavaScript = Browser.withoutJavaScript();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AidCuration curation;

	@Autowired
	CompanyManagement companies;

	@Test
	void aMemberFindsAnAidReadsWhyTheCompanyIsEligibleFollowsItAndStartsAnApplication() {
		int n = SEQUENCE.incrementAndGet();
		String word = "Armorique" + n;
		String name = "Prime aux salons " + word;
		long aid = publishedAid(name);
		CoopexUser member = this.fixtures.member();
		describe(member);
		WebDriver driver = browser.driver();

		driver.get(url("/login"));
		logIn(member.email());
		click(By.cssSelector("nav a[href='/aids']"));
		waitForPath("/aids");
		assertThat(heading()).isEqualTo("Aides publiques à l’export");
		assertAccessible(driver);

		// searches as they type: the results and the address follow
		type("q", "salons " + word);
		browser.waiting().until(ExpectedConditions.urlContains("q=salons"));
		WebElement found = browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#aid-search a[href='/aids/" + aid + "']")));
		assertThat(found.getText()).isEqualTo(name);
		assertThat(driver.findElement(By.id("aid-count")).getText()).isEqualTo("1 aide trouvée");
		assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("salons " + word);
		assertAccessible(driver);

		// filters: the facet keeps the words, the address keeps both
		click(By.xpath("//nav[contains(@class,'aid-facets')]//a[.//span[normalize-space()='Subvention']]"));
		browser.waiting().until(ExpectedConditions.urlContains("kind=GRANT"));
		assertThat(driver.getCurrentUrl()).contains("q=salons");
		browser.waiting()
			.until(ExpectedConditions.attributeToBe(
					By.xpath("//nav[contains(@class,'aid-facets')]//a[.//span[normalize-space()='Subvention']]"),
					"aria-current", "true"));
		assertThat(driver.findElement(By.cssSelector("#aid-search a[href='/aids/" + aid + "'] ")).getText())
			.isEqualTo(name);
		assertThat(driver.findElement(By.cssSelector("#aid-search .verdict-ELIGIBLE")).getText()).isEqualTo("Éligible");
		assertAccessible(driver);

		// opens the aid and reads why the company is eligible
		click(By.cssSelector("#aid-search a[href='/aids/" + aid + "']"));
		waitForPath("/aids/" + aid);
		assertThat(heading()).isEqualTo(name);
		WebElement eligibility = driver.findElement(By.id("eligibility"));
		assertThat(eligibility.findElement(By.cssSelector(".badge.verdict-ELIGIBLE")).getText()).isEqualTo("Éligible");
		List<String> reasons = eligibility.findElements(By.cssSelector("ul.reasons li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(reasons).containsExactly(
				"L’aide est réservée aux PME : votre effectif (20 à 49 salariés) et votre chiffre d’affaires (2 à 10 M€) y correspondent.",
				"Votre région (Bretagne) est couverte par l’aide.");
		assertAccessible(driver);

		// follows it
		click(By.xpath("//button[normalize-space()='Suivre cette aide']"));
		browser.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector("main .alert-success[role='status']"),
					"Aide suivie : retrouvez-la dans vos aides suivies."));
		assertThat(driver.findElements(By.xpath("//button[normalize-space()='Ne plus suivre cette aide']"))).hasSize(1);
		assertAccessible(driver);

		// starts an application and ticks a document of the checklist
		click(By.xpath("//button[normalize-space()='Préparer une candidature']"));
		browser.waiting().until(ExpectedConditions.urlMatches("/applications/[0-9]+$"));
		assertThat(heading()).isEqualTo("Candidature : " + name);
		assertAccessible(driver);
		new Select(driver.findElement(By.id("status"))).selectByVisibleText("En préparation");
		type("amountRequested", "6000");
		click(By.xpath("//label[normalize-space()='Devis du salon']"));
		click(By.cssSelector("form.application-form button[type='submit']"));
		browser.waiting()
			.until(ExpectedConditions.textToBe(By.cssSelector("main .alert-success[role='status']"),
					"Candidature enregistrée."));
		assertThat(driver.findElement(By.xpath("//input[@value='Devis du salon']")).isSelected()).isTrue();
		assertAccessible(driver);
		click(By.cssSelector("main nav a[href='/applications']"));
		waitForPath("/applications");
		assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains(name)
			.contains("En préparation")
			.contains("1 / 2");
		assertAccessible(driver);
	}

	@Test
	void onAPhoneTheFacetsComeFirstClosedAndTheOpenFilterOffersTheAidsToCheck() {
		WebDriver driver = browser.driver();
		try {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
			driver.get(url("/aids?status=OPEN&region=OCCITANIE"));
			WebElement box = driver.findElement(By.id("aid-facets-box"));
			assertThat(box.getDomProperty("open")).isEqualTo("false");
			assertThat(box.getLocation().getY())
				.isLessThan(driver.findElement(By.id("aid-count")).getLocation().getY());
			assertAccessible(driver);
			// opened with a tap, the open filter says it hides the aids to check
			box.findElement(By.tagName("summary")).click();
			WebElement note = browser.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("unknown-status-note")));
			assertThat(note.getText()).contains("dont le statut est à vérifier");
			click(By.cssSelector("#unknown-status-note a"));
			browser.waiting().until(ExpectedConditions.urlContains("unknown=true"));
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("aid-search"),
						"Statut à vérifier auprès de l’opérateur"));
			assertAccessible(driver);

			// on a wide screen the facets are open beside the results; a closed aid says
			// nothing of eligibility, and the filters can be cleared
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
			driver.get(url("/aids?q=relance&status=CLOSED"));
			browser.waiting()
				.until((d) -> "true".equals(d.findElement(By.id("aid-facets-box")).getDomProperty("open")));
			assertThat(driver.findElement(By.id("aid-search")).getText()).contains("Chèque Relance")
				.doesNotContain("Éligible");
			assertAccessible(driver);
			click(By.id("clear-filters"));
			browser.waiting().until((d) -> !d.getCurrentUrl().contains("status="));
			assertThat(driver.getCurrentUrl()).contains("q=relance");
			assertThat(driver.findElements(By.id("clear-filters"))).isEmpty();
			assertAccessible(driver);
		}
		finally {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	@Test
	void aLinkToASearchOpensTheSameSearch() {
		int n = SEQUENCE.incrementAndGet();
		String name = "Prime aux foires Cornouaille" + n;
		publishedAid(name);
		WebDriver driver = browser.driver();
		driver.get(url("/aids?q=foires+Cornouaille" + n + "&kind=GRANT&sort=NAME"));
		assertThat(driver.findElement(By.id("aid-count")).getText()).isEqualTo("1 aide trouvée");
		assertThat(driver.findElement(By.id("sort")).getDomProperty("value")).isEqualTo("NAME");
		assertThat(driver.findElement(By.cssSelector("#aid-search ol")).getText()).contains(name);
		assertAccessible(driver);
	}

	@Test
	void aVisitorWithoutJavaScriptSearchesWithTheFormsButton() {
		int n = SEQUENCE.incrementAndGet();
		String wanted = "Prime Penmarch" + n;
		String other = "Prime Douarnenez" + n;
		long wantedId = publishedAid(wanted);
		long otherId = publishedAid(other);
		WebDriver driver = withoutJavaScript.driver();
		driver.get(url("/aids?kind=GRANT"));
		// the page's scripts do not run: htmx is not there to answer the form
		assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.htmx")).isEqualTo("undefined");

		WebElement query = driver.findElement(By.id("q"));
		query.sendKeys("Penmarch" + n);
		driver.findElement(By.cssSelector("#aid-search form button[type='submit']")).click();
		withoutJavaScript.waiting().until(ExpectedConditions.urlContains("q=Penmarch" + n));

		assertThat(driver.getCurrentUrl()).contains("kind=GRANT");
		assertThat(driver.findElement(By.id("aid-count")).getText()).isEqualTo("1 aide trouvée");
		assertThat(driver.findElements(By.cssSelector("#aid-search a[href='/aids/" + wantedId + "']")))
			.extracting(WebElement::getText)
			.containsExactly(wanted);
		assertThat(driver.findElements(By.cssSelector("#aid-search a[href='/aids/" + otherId + "']"))).isEmpty();
		assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("Penmarch" + n);
		// not checked with axe-core, which cannot finish without the page's scripts: the
		// same page is checked with them above
	}

	private long publishedAid(String name) {
		long officerId = this.accounts
			.createAccount(
					new NewAccount(Fixtures.uniqueEmail("agent"), "Agent navigateur", Role.AGENCY,
							OrganisationKind.AGENCY, "Agence " + System.nanoTime(), null, Fixtures.PASSWORD, true),
					"test");
		CoopexUser officer = this.accounts.principal(officerId);
		AidData data = new AidData(name, null, List.of(new Operator("Région Bretagne", "finance et instruit")),
				AidKind.GRANT, "La Région aide les PME bretonnes à exposer sur les salons professionnels.",
				Set.of(PaysFor.TRADE_FAIRS), "Location du stand, frais d’inscription.", null,
				new java.math.BigDecimal("10000"), null, new java.math.BigDecimal("50"), null,
				new Criteria(null, null, CompanySize.SME, null, false, false, false, false, false, Set.of(),
						Set.of(Region.BRETAGNE), Set.of()),
				List.of("Première participation au salon"), List.of("Déposer le dossier en ligne"),
				List.of("Devis du salon", "Kbis"), "2 mois", "En ligne", null, null, LocalDate.now().plusMonths(6),
				null, AidStatus.OPEN, false, List.of("https://example.org/prime"), LocalDate.now());
		long id = this.curation.create(officer, data);
		this.curation.publish(officer, id);
		return id;
	}

	private void describe(CoopexUser member) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, "28.41Z", Region.BRETAGNE, null,
						null, HeadcountBand.FROM_20_TO_49, TurnoverBand.FROM_2M_TO_10M, true, null, null, null, 2001,
						ExportSituation.EXPORTING, null, null, Set.of(), Set.of(), null, null, null, Set.of(), Set.of(),
						Map.of()));
	}

	private void logIn(String email) {
		assertAccessible(browser.driver());
		type("username", email);
		type("password", Fixtures.PASSWORD);
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void waitForPath(String path) {
		browser.waiting().until(ExpectedConditions.urlToBe(url(path)));
	}

	private String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
