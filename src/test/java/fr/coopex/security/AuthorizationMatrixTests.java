package fr.coopex.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may do what, page by page and action by action: each row is a URL and method, and
 * the answer expected for a visitor and for each role. {@code LOGIN} means the visitor is
 * sent to the sign-in page. Every new page or action adds its row here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** The visitor is redirected to the sign-in page. */
	static final int LOGIN = -1;

	/** A redirect after a completed action. */
	static final int REDIRECT = 302;

	enum Who {

		ANONYMOUS, MEMBER, COORDINATOR, AGENCY, ADMIN

	}

	record Row(HttpMethod method, String url, int anonymous, int member, int coordinator, int agency, int admin) {

		int expected(Who who) {
			return switch (who) {
				case ANONYMOUS -> this.anonymous;
				case MEMBER -> this.member;
				case COORDINATOR -> this.coordinator;
				case AGENCY -> this.agency;
				case ADMIN -> this.admin;
			};
		}

	}

	static final Row[] MATRIX = {
			// public pages
			new Row(HttpMethod.GET, "/", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/login", 200, 200, 200, 200, 200),
			new Row(HttpMethod.GET, "/register", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/register", 200, 200, 200, 200, 200), // empty form:
																			// errors
																			// shown
			new Row(HttpMethod.GET, "/password/forgot", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/password/forgot", 200, 200, 200, 200, 200), // empty
																					// form
			new Row(HttpMethod.GET, "/password/reset?token=unknown", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/password/reset", 200, 200, 200, 200, 200), // bad
																					// token
			new Row(HttpMethod.GET, "/actuator/health", 200, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/logout", REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
			// own account
			new Row(HttpMethod.GET, "/account/security", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/account/security/password", LOGIN, 200, 200, 200, 200), // empty
																								// form
			new Row(HttpMethod.GET, "/account/security/second-factor", LOGIN, 200, 200, 200, 200),
			new Row(HttpMethod.POST, "/account/security/recovery-codes", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT), // not
																															// enabled:
																															// message
			new Row(HttpMethod.POST, "/account/security/second-factor/disable", LOGIN, REDIRECT, REDIRECT, REDIRECT,
					REDIRECT), // wrong password: message
			// second factor during sign-in: only for a half-finished sign-in
			new Row(HttpMethod.GET, "/login/second-factor", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/login/second-factor", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/login/second-factor/setup", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.POST, "/login/second-factor/done", LOGIN, 403, 403, 403, 403),
			// reference data
			new Row(HttpMethod.GET, "/reference/naf?q=28", LOGIN, 200, 200, 200, 200),
			// platform administration
			new Row(HttpMethod.GET, "/admin/accounts", LOGIN, 403, 403, 403, 200),
			new Row(HttpMethod.GET, "/admin/audit", LOGIN, 403, 403, 403, 200),
			// closed endpoints
			new Row(HttpMethod.GET, "/actuator/env", LOGIN, 403, 403, 403, 403),
			new Row(HttpMethod.GET, "/actuator/beans", LOGIN, 403, 403, 403, 403), };

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	final Map<Who, fr.coopex.shared.security.CoopexUser> users = new EnumMap<>(Who.class);

	@BeforeAll
	void createOnePersonPerRole() {
		for (Role role : Role.values()) {
			this.users.put(Who.valueOf(role.name()), this.fixtures.user(role));
		}
	}

	static Stream<Arguments> cases() {
		return Stream.of(MATRIX)
			.flatMap((row) -> Stream.of(Who.values())
				.map((who) -> Arguments.of(row.method() + " " + row.url(), who, row.expected(who), row)));
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@MethodSource("cases")
	void answersAsTheMatrixSays(String label, Who who, int expected, Row row) throws Exception {
		MockHttpServletRequestBuilder request = request(row.method(), row.url());
		if (row.method() != HttpMethod.GET) {
			request = request.with(csrf());
		}
		if (who != Who.ANONYMOUS) {
			request = request.with(user(this.users.get(who)));
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		if (expected == LOGIN) {
			assertThat(response.getStatus()).as(label + " as " + who).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(label + " as " + who).endsWith("/login");
		}
		else {
			assertThat(response.getStatus()).as(label + " as " + who).isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "POST {0} without CSRF token is refused")
	@MethodSource("postUrls")
	void refusesEveryFormPostedWithoutCsrfToken(String url) throws Exception {
		var response = this.mvc.perform(request(HttpMethod.POST, url).with(user(this.users.get(Who.ADMIN))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	static Stream<String> postUrls() {
		return Stream.of(MATRIX).filter((row) -> row.method() == HttpMethod.POST).map(Row::url);
	}

}
