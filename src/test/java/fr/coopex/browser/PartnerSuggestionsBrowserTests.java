package fr.coopex.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.ConfigurableApplicationContext;

import fr.coopex.support.Browser;
import fr.coopex.support.Instances;

import static fr.coopex.support.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo member of the default run (embedded H2, demo data) reads the coopetition map
 * of its China ecosystem: its competitor and its complements named on the map and in the
 * table beside it; then its partner suggestions, and asks to join the ecosystem where its
 * complementary firms are. In a real browser, with axe-core, at 1366 and 390 px wide.
 */
class PartnerSuggestionsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	private static ConfigurableApplicationContext application;

	private static int port;

	@BeforeAll
	static void startTheDefaultRun() throws Exception {
		Path data = Files.createTempDirectory("coopex-partners-demo");
		application = Instances.start(Map.of("spring.datasource.url",
				"jdbc:h2:file:" + data.resolve("coopex")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"spring.datasource.username", "sa", "spring.datasource.password", ""));
		port = Instances.port(application);
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void theDemoMemberSeesWhoCompetesAndWhoComplementsThenAsksToJoinASuggestedEcosystem() {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1366, 900));
		driver.get(url("/login"));
		type("username", "membre@demo.coopex.fr");
		type("password", "coopex-demo-2026");
		click(By.cssSelector("main form button[type='submit']"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));

		driver.get(url("/ecosystems"));
		click(By.linkText("Mécatronique Export Chine"));
		WebElement map = browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coopetition-map svg.coopetition")));
		List<String> nodes = map.findElements(By.cssSelector("a.map-node"))
			.stream()
			.map((node) -> node.getAttribute("aria-label"))
			.toList();
		assertThat(nodes).anyMatch((n) -> n.startsWith("Micro-Usinage Franc-Comtois"))
			.anyMatch((n) -> n.startsWith("Axes & Moteurs Savoie"))
			.anyMatch((n) -> n.startsWith("Mécatronique du Jura") && n.contains("votre entreprise"));
		List<String> links = map.findElements(By.cssSelector("a.map-link"))
			.stream()
			.map((link) -> link.getAttribute("aria-label"))
			.toList();
		assertThat(links).anyMatch((l) -> l.contains("Micro-Usinage Franc-Comtois") && l.contains("Concurrence"))
			.anyMatch((l) -> l.contains("Axes & Moteurs Savoie") && l.contains("Complémentarité"));
		String own = driver.findElement(By.id("own-pairs")).getText();
		assertThat(own).contains("Micro-Usinage Franc-Comtois").contains("Axes & Moteurs Savoie");
		assertThat(map.findElements(By.cssSelector("circle.node-own"))).hasSize(1);
		// a link of the map is reached with the keyboard and leads to its row of the
		// table
		String firstLink = map.findElement(By.cssSelector("a.map-link")).getAttribute("href");
		assertThat(firstLink).contains("#pair-");
		checkBothWidths(driver);

		click(By.linkText("Partenaires suggérés"));
		browser.waiting().until(ExpectedConditions.urlToBe(url("/ecosystems/partners")));
		assertThat(driver.findElement(By.id("complements")).getText()).contains("Électronique Embarquée Normandie")
			.contains("Logiciels Industriels Bordelais")
			.contains("Activité différente");
		assertThat(driver.findElement(By.id("competitors")).getText()).contains("Usinage Grand Ouest")
			.contains("Même activité");
		checkBothWidths(driver);

		click(By.linkText("Électronique et logiciels — Asie"));
		click(By.id("acceptCharter1"));
		click(By.cssSelector("#join form button[type='submit']"));
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .alert-success[role='status']")));
		assertThat(driver.findElement(By.cssSelector("main .alert-success[role='status']")).getText())
			.startsWith("Demande envoyée");
		assertAccessible(driver);
	}

	/** No serious accessibility problem and no sideways scrolling, wide and narrow. */
	private static void checkBothWidths(WebDriver driver) {
		for (int width : new int[] { 1366, 390 }) {
			driver.manage().window().setSize(new Dimension(width, 900));
			assertAccessible(driver);
			Object overflow = ((JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
		}
		driver.manage().window().setSize(new Dimension(1366, 900));
	}

	private static void click(By locator) {
		browser.waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private static void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private static String url(String path) {
		return "http://localhost:" + port + path;
	}

}
