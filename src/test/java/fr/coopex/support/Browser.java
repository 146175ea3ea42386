package fr.coopex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A headless Chromium for real-browser tests, one per test class:
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 *
 * Uses Debian's {@code chromium} and {@code chromium-driver}. When either is missing the
 * tests are skipped, unless {@code COOPEX_REQUIRE_BROWSER=1}, in which case they fail.
 * Cookies are cleared before each test, so every test starts signed out.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private static final Duration WAIT = Duration.ofSeconds(10);

	// Selenium warns on every start that it has no DevTools bindings for this Chromium
	// version, which these tests do not use; holding the loggers keeps their level.
	private static final List<Logger> DEVTOOLS_VERSION_LOGGERS = Stream
		.of("org.openqa.selenium.chromium.ChromiumDriver", "org.openqa.selenium.devtools.CdpVersionFinder")
		.map(Logger::getLogger)
		.toList();

	private final boolean javaScript;

	private ChromeDriver driver;

	private Path profile;

	private String unavailable;

	/** A browser that runs the pages' scripts, as most people's do. */
	public Browser() {
		this(true);
	}

	private Browser(boolean javaScript) {
		this.javaScript = javaScript;
	}

	/**
	 * A browser with JavaScript turned off, for the pages that must work without it.
	 * WebDriver's own scripts still run (they use the DevTools protocol).
	 */
	public static Browser withoutJavaScript() {
		return new Browser(false);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter((path) -> !Files.isExecutable(path))
			.map(Path::toString)
			.collect(Collectors.joining(", "));
		if (!missing.isEmpty()) {
			String message = "No browser for the real-browser tests: missing " + missing
					+ " (install the Debian packages chromium and chromium-driver)";
			if ("1".equals(System.getenv("COOPEX_REQUIRE_BROWSER"))) {
				fail(message + ", and COOPEX_REQUIRE_BROWSER=1 requires them");
			}
			// skipped in beforeEach, so that reports count each test as skipped
			this.unavailable = message;
			return;
		}
		DEVTOOLS_VERSION_LOGGERS.forEach((logger) -> logger.setLevel(Level.SEVERE));
		this.profile = Files.createTempDirectory("coopex-chromium-");
		// Reduced motion turns off Bootstrap's smooth scrolling and transitions, so that
		// a click never lands on an element still moving into view.
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
					"--force-prefers-reduced-motion", "--user-data-dir=" + this.profile, "--window-size=1280,900");
		if (!this.javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		assumeTrue(this.unavailable == null, this.unavailable);
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			deleteProfile();
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** A wait of a few seconds for something the page is about to show. */
	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, WAIT);
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA rules) on the current page and fails listing every
	 * serious or critical violation.
	 */
	@SuppressWarnings("deprecation")
	public static void assertAccessible(WebDriver driver) {
		// Legacy mode (deprecated, still supported) runs axe in the page itself, without
		// the extra window that cross-origin frame support opens: twice as fast, and
		// Coopex pages have no frames.
		Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(driver);
		if (results.isErrored()) {
			fail("axe-core could not analyse " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!blocking.isEmpty()) {
			fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
					+ blocking.stream().map(Browser::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
				+ rule.getNodes()
					.stream()
					.map((node) -> "    " + node.getTarget() + ": "
							+ String.valueOf(node.getFailureSummary()).replace("\n", " "))
					.collect(Collectors.joining("\n"));
	}

	private void deleteProfile() {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.profile = null;
		}
	}

}
