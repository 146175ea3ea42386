package fr.coopex.labels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

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

import fr.coopex.labels.LabelFixtures.Eco;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelling story in a real browser, every page checked with axe-core: an agency
 * publishes a scheme with three indicator criteria and one document criterion; a
 * coordinator applies, reads the indicators of the pack, uploads a PDF and submits; the
 * officer asks for information, the coordinator answers and submits again, the officer
 * grants; the registry, the label page, the badge and the API show the label; it expires
 * on a moved clock and the registry says so.
 */
@IntegrationTest
class LabelBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	LabelFixtures labels;

	@Autowired
	LabelExpiry expiry;

	@Autowired
	ApplicationReader reader;

	@Autowired
	Clock clock;

	@Test
	void anAgencyLabelsAnEcosystemThatTheRegistryShowsUntilItExpires() throws Exception {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		Eco eco = this.labels.ecosystem();
		WebDriver driver = browser.driver();
		String name = "Label du navigateur " + System.nanoTime();

		// the officer writes the scheme and publishes it
		logIn(officer.email());
		driver.get(url("/agency/labels/schemes/new"));
		assertAccessible(driver);
		type("nameFr", name);
		type("descriptionFr", "Pour les écosystèmes qui exportent ensemble.");
		new Select(driver.findElement(By.id("regions"))).selectByValue("GRAND_EST");
		criterion(0, "INDICATOR", "Au moins deux membres actifs", "ACTIVE_MEMBERS", "AT_LEAST", "2");
		criterion(1, "INDICATOR", "Charte acceptée", "CHARTER_ACCEPTED", "AT_LEAST", "1");
		criterion(2, "INDICATOR", "Aucun appel de fonds en retard", "CASH_CALLS_OVERDUE_60D", "AT_MOST", "0");
		click(By.cssSelector("main form[method='post']:last-of-type button[type='submit']"));
		browser.waiting().until(ExpectedConditions.urlMatches(".*/agency/labels/schemes/[0-9]+/edit"));
		// a fourth row appears once three are written: the document criterion
		criterion(3, "DOCUMENT", "Rapport d’activité (PDF)", "", null, null);
		click(By.cssSelector("main form[method='post']:last-of-type button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertAccessible(driver);
		click(By.cssSelector("form[action$='/publish'] button"));
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Publié"));
		assertAccessible(driver);
		logOut();

		// the coordinator applies, reads the pack, uploads a PDF and submits
		logIn(eco.leader().email());
		driver.get(url("/ecosystems/" + eco.id()));
		assertAccessible(driver);
		click(By.cssSelector("a[href='/labels/ecosystems/" + eco.id() + "']"));
		assertAccessible(driver);
		click(By.xpath("//li[contains(., '" + name + "')]//button"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
		assertAccessible(driver);
		assertThat(driver.findElement(By.id("evidence")).getText()).contains("Entreprises membres actives")
			.contains("Nombre d’entreprises dont l’adhésion est active");
		String application = driver.getCurrentUrl().replace(url(""), "");
		Path pdf = Files.createTempFile("rapport", ".pdf");
		Files.write(pdf, LabelFixtures.pdf("Rapport d'activité 2026"));
		driver.findElement(By.cssSelector("input[type='file']")).sendKeys(pdf.toString());
		click(By.xpath("//input[@type='file']/following-sibling::button"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText(pdf.getFileName().toString())));
		click(By.id("submit-application"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "Déposé"));
		assertAccessible(driver);
		logOut();

		// the officer takes it up and asks a question
		logIn(officer.email());
		driver.get(url("/agency/labels/applications"));
		assertAccessible(driver);
		driver.get(url(application));
		click(By.xpath("//button[contains(., 'Prendre en charge')]"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "En instruction"));
		type("question", "Combien de salons en 2026 ?");
		click(By.xpath("//button[contains(., 'Demander un complément')]"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "Complément demandé"));
		assertAccessible(driver);
		logOut();

		// the coordinator answers and submits again
		logIn(eco.leader().email());
		driver.get(url(application));
		assertThat(driver.findElement(By.id("thread")).getText()).contains("Combien de salons en 2026 ?");
		type("comment-text", "Deux salons : Hanovre et Automate.");
		click(By.xpath("//button[contains(., 'Envoyer')]"));
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "Hanovre"));
		click(By.id("submit-application"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "Déposé"));
		logOut();

		// the officer grants the label
		logIn(officer.email());
		driver.get(url(application));
		click(By.xpath("//button[contains(., 'Prendre en charge')]"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("grant")));
		click(By.id("grant"));
		browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "Label accordé"));
		assertAccessible(driver);
		logOut();

		// anyone: the registry, the label page, the badge and the API
		long id = Long.parseLong(application.substring(application.lastIndexOf('/') + 1));
		ApplicationView granted = this.reader.view(officer, id);
		String number = granted.labelNumber();
		driver.get(url("/labels"));
		assertAccessible(driver);
		assertThat(driver.findElement(By.id("registry")).getText()).contains(number).contains("Valide");
		click(By.linkText(number));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("criteria")));
		assertAccessible(driver);
		assertThat(driver.findElement(By.id("criteria")).getText()).contains("Au moins deux membres actifs");
		driver.get(url("/labels/" + number + "/badge.svg"));
		assertThat(driver.getPageSource()).contains("Valide");
		driver.get(url("/api/labels/" + number));
		assertThat(driver.getPageSource()).contains("\"VALID\"");

		// the registry, the label page and the application read on a phone and a laptop
		for (int width : new int[] { 390, 1366 }) {
			withWidth(width, () -> {
				for (String path : new String[] { "/labels", "/labels/" + number }) {
					driver.get(url(path));
					assertNoHorizontalScrolling(width);
				}
			});
		}

		// the label expires on a moved clock
		Clock later = Clock.offset(this.clock, Duration.between(this.clock.instant(),
				granted.endsOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		this.expiry.runAt(later);
		driver.get(url("/labels"));
		assertThat(driver.findElement(By.id("registry")).getText()).contains(number).contains("Expiré");
		driver.get(url("/labels/" + number + "/badge.svg"));
		assertThat(driver.getPageSource()).contains("Expiré");
	}

	private void criterion(int row, String kind, String text, String indicator, String comparison, String threshold) {
		WebDriver driver = browser.driver();
		new Select(driver.findElement(By.id("criteria" + row + ".kind"))).selectByValue(kind);
		type("criteria" + row + ".textFr", text);
		new Select(driver.findElement(By.id("criteria" + row + ".indicator"))).selectByValue(indicator);
		if (comparison != null) {
			new Select(driver.findElement(By.id("criteria" + row + ".comparison"))).selectByValue(comparison);
			type("criteria" + row + ".threshold", threshold);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void withWidth(int width, Runnable steps) {
		ChromeDriver chrome = (ChromeDriver) browser.driver();
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
		try {
			steps.run();
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private void assertNoHorizontalScrolling(int width) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(clientWidth).isLessThanOrEqualTo(width);
		assertThat(scrollWidth).as("page width on " + browser.driver().getCurrentUrl())
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

}
