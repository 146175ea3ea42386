package fr.coopex.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor talking to a running server over real HTTP, keeping its cookies like a
 * browser.
 */
public class HttpVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private String base;

	public HttpVisitor(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Talks to another server from now on, keeping the cookies (they are per host). */
	public HttpVisitor at(int port) {
		this.base = "http://localhost:" + port;
		return this;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return this.client.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form with the CSRF token of the page {@code formPage}. */
	public HttpResponse<String> post(String formPage, String path, String... params) throws Exception {
		Matcher csrf = CSRF.matcher(get(formPage).body());
		StringBuilder body = new StringBuilder("_csrf=").append(csrf.find() ? csrf.group(1) : "");
		for (int i = 0; i < params.length; i += 2) {
			body.append('&')
				.append(params[i])
				.append('=')
				.append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
		}
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in; returns where the server sends the visitor next. */
	public String signIn(String email, String password) throws Exception {
		return post("/login", "/login", "username", email, "password", password).headers()
			.firstValue("Location")
			.orElse("");
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
