package fr.coopex.shared;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages a person meets, through the real server: styled, in their language,
 * never a stack trace or a Whitelabel page.
 */
@IntegrationTest
class ErrorPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void showsAStyledNotFoundPageInFrenchAndEnglish() throws Exception {
		HttpClient client = client();
		CoopexUser member = this.fixtures.member();
		signIn(client, member.email());
		HttpResponse<String> french = get(client, "/no-such-page");
		assertThat(french.statusCode()).isEqualTo(404);
		assertThat(french.body()).contains("<html lang=\"fr\">").contains("Page introuvable").contains("Coopex");
		HttpResponse<String> english = get(client, "/no-such-page?lang=en");
		assertThat(english.body()).contains("<html lang=\"en\">").contains("Page not found");
	}

	@Test
	void showsAStyledForbiddenPageWhenTheCsrfTokenIsMissing() throws Exception {
		HttpClient client = client();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/register"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("displayName=X&email=x%40example.fr"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Accès refusé").contains("le formulaire a expiré");
	}

	@Test
	void showsAStyledServerErrorPageWithoutAnyInternalDetail() throws Exception {
		HttpClient client = client();
		signIn(client, this.fixtures.member().email());
		HttpResponse<String> response = get(client, "/test-support/failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Une erreur est survenue")
			.doesNotContain("secret internal detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("Whitelabel")
			.doesNotContain("at fr.coopex");
	}

	@Test
	void answersMachinesWithoutStackTracesEither() throws Exception {
		HttpClient client = client();
		signIn(client, this.fixtures.member().email());
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(uri("/test-support/failure")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("trace");
	}

	private HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private void signIn(HttpClient client, String email) throws Exception {
		Matcher csrf = CSRF.matcher(get(client, "/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
				+ "&password=" + java.net.URLEncoder.encode(Fixtures.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf.group(1);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
