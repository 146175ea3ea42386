package fr.coopex.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The accessibility check itself: it must fail on a page with serious violations, naming
 * them, and pass on a clean page.
 */
class BrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void failsListingSeriousAndCriticalViolations() {
		show("<main><h1>Test</h1><p style=\"color:#bbb;background:#fff\">Pale text</p>"
				+ "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main>");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Browser.assertAccessible(browser.driver()))
			.withMessageContaining("color-contrast (serious)")
			.withMessageContaining("image-alt (critical)")
			.withMessageContaining("[p]")
			.withMessageContaining("[img]");
	}

	@Test
	void passesAPageWithoutSeriousViolations() {
		show("<main><h1>Test</h1><p>Readable text</p></main>");
		assertThatNoException().isThrownBy(() -> Browser.assertAccessible(browser.driver()));
	}

	private static void show(String body) {
		String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body>" + body
				+ "</body></html>";
		browser.driver()
			.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
	}

}
