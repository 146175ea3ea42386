package fr.coopex.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor (not signed in) meets at an address that is no page, through the real
 * server. The choice: an address outside every section of the platform answers the styled
 * 404 page; inside a section that has protected pages, an unknown address sends the
 * visitor to sign in exactly as an existing protected page does, so that the answers
 * never tell which protected addresses exist.
 */
@IntegrationTest
class UnknownAddressesTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(
			strings = { "/no-such-page", "/no-such-page/deeper", "/wp-login.php", "/.env", "/no-such-page?lang=en" })
	void anAddressOutsideEverySectionAnswersAVisitorTheStyled404Page(String path) throws Exception {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("class=\"navbar")
			.containsAnyOf("Page introuvable", "Page not found")
			.doesNotContain("Whitelabel");
		assertThat(response.headers().firstValue("Location")).isEmpty();
		// nothing is kept for a visitor who asked for nothing
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("COOPEXSESSION"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/console", "/pools", "/account" })
	void anUnknownAddressInsideAProtectedSectionSendsAVisitorToSignInAsAnExistingPageDoes(String section)
			throws Exception {
		String existing = switch (section) {
			case "/admin" -> "/admin/accounts";
			case "/console" -> "/console/ecosystems";
			case "/pools" -> "/pools/1";
			default -> "/account/security";
		};
		HttpResponse<String> known = get(existing);
		HttpResponse<String> unknown = get(section + "/no-such-page");

		assertThat(known.statusCode()).isEqualTo(302);
		assertThat(unknown.statusCode()).isEqualTo(known.statusCode());
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(known.headers().firstValue("Location"));
		assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/%70ools/1", "/%61ccount/security", "/%63onsole/ecosystems" })
	void anEncodedAddressOfAProtectedPageIsReadDecodedAndSendsAVisitorToSignIn(String path) throws Exception {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isIn(302, 400);
		if (response.statusCode() == 302) {
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
