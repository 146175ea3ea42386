package fr.coopex.transparency;

import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

import fr.coopex.support.Browser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.transparency.TransparencyFixtures.Built;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency story in a real browser, every page checked with axe-core: a
 * coordinator previews and publishes a half-year report with a foreword; a member finds
 * it from the ecosystem's page, reads it, downloads its PDF (read back with PDFBox) and
 * reads its own cooperation statement; the pages read on a phone and a laptop.
 */
@IntegrationTest
class TransparencyBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TransparencyFixtures fixtures;

	@Test
	void aCoordinatorPublishesAHalfYearReportThatAMemberReadsAndDownloads() throws Exception {
		Built eco = this.fixtures.ecosystem();
		WebDriver driver = browser.driver();
		String period = this.fixtures.currentHalf();

		// the coordinator previews, then publishes
		logIn(eco.coordinator().email());
		driver.get(url("/ecosystems/" + eco.ecosystemId()));
		assertAccessible(driver);
		click(By.cssSelector("a[href='/console/transparency/ecosystems/" + eco.ecosystemId() + "']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
		assertAccessible(driver);
		new Select(driver.findElement(By.id("period"))).selectByValue(period);
		type("foreword", "Six mois de salons partagés.");
		click(By.id("preview"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("publish")));
		assertAccessible(driver);
		assertThat(text(By.id("actions"))).contains("20 520,00");
		click(By.id("publish"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("report-version")));
		assertAccessible(driver);
		String report = driver.getCurrentUrl().replace(url(""), "");
		logOut();

		// a member finds it, reads it and downloads the PDF
		logIn(eco.second().email());
		driver.get(url("/ecosystems/" + eco.ecosystemId()));
		click(By.cssSelector("a[href='/transparency/ecosystems/" + eco.ecosystemId() + "']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("report-list")));
		assertAccessible(driver);
		click(By.cssSelector("#report-list a[href='" + report + "']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("foreword")));
		assertAccessible(driver);
		assertThat(text(By.tagName("main"))).contains("Six mois de salons partagés.")
			.contains(period.endsWith("H1") ? "Premier semestre" : "Second semestre")
			.doesNotContain(eco.markers().get(eco.first().organisationId()));
		String pdf = download(driver.findElement(By.id("report-pdf")).getAttribute("href"));
		assertThat(pdf).contains("Rapport de transparence")
			.contains("Six mois de salons partagés.")
			.contains("20 520,00")
			.doesNotContain("4 740,00")
			.doesNotContain(eco.first().organisationName());

		// its own cooperation statement
		driver.get(url("/account/company/cooperation"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-total")));
		assertAccessible(driver);
		assertThat(text(By.tagName("main"))).contains("5 130,00").doesNotContain("4 740,00");

		// on a phone and a laptop
		for (int width : new int[] { 390, 1366 }) {
			withWidth(width, () -> {
				for (String path : new String[] { report, "/account/company/cooperation",
						"/transparency/ecosystems/" + eco.ecosystemId() }) {
					driver.get(url(path));
					assertNoHorizontalScrolling(width);
				}
			});
		}
		logOut();
		logIn(eco.coordinator().email());
		withWidth(390, () -> {
			driver.get(url("/console/transparency/ecosystems/" + eco.ecosystemId()));
			assertNoHorizontalScrolling(390);
		});
	}

	/** The file behind the link, fetched in the browser's session, as PDF text. */
	private String download(String href) throws Exception {
		Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then((r) => r.arrayBuffer()).then((b) => {
				  let s = ''; new Uint8Array(b).forEach((x) => s += String.fromCharCode(x)); done(btoa(s));
				});""", href);
		try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode((String) base64))) {
			return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
		}
	}

	/** An element's text, narrow and no-break spaces read as spaces. */
	private static String text(By locator) {
		return browser.driver().findElement(locator).getText().replace('\u00A0', ' ').replace('\u202F', ' ');
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
