package fr.coopex.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A visitor gets no session (no row in the session table, no session cookie) until a page
 * holds a form that needs a CSRF token: a crawler or a flood of anonymous requests fills
 * neither the database nor the cookies.
 */
@IntegrationTest
class NoSessionBeforeSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "/account/security", "/companies", "/admin/accounts", "/pools/1", "/notifications" })
	void anAnonymousRequestToAProtectedPageCreatesNoSession(String url) throws Exception {
		int before = sessions();
		MockHttpServletResponse response = visit(url);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");
		assertThat(response.getHeaders("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("COOPEXSESSION="));
		assertThat(sessions()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/ecosystems", "/fairs", "/fairs.ics", "/aids", "/aids/10", "/api/aids",
			"/password/reset?token=unknown" })
	void aPublicPageWithoutAFormCreatesNoSession(String url) throws Exception {
		int before = sessions();
		MockHttpServletResponse response = visit(url);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeaders("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("COOPEXSESSION="));
		assertThat(sessions()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/register", "/password/forgot" })
	void aPageWithAFormGetsTheSessionItsCsrfTokenNeeds(String url) throws Exception {
		MockHttpServletResponse response = visit(url);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeaders("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("COOPEXSESSION="));
	}

	@Test
	void signingInStillLeadsBackToThePageAskedFor() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = new WebSession(this.mvc, "192.0.2.71");
		assertThat(browser.get("/account/security").getResponse().getRedirectedUrl()).endsWith("/login");
		browser.get("/login");
		assertThat(browser.signIn(member.email(), Fixtures.PASSWORD)).endsWith("/account/security");
	}

	private MockHttpServletResponse visit(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse();
	}

	private int sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

}
