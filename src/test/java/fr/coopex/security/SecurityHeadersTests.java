package fr.coopex.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.shared.security.SecurityConfiguration;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The headers and cookies of every response: browser features turned off, and cookies
 * that never travel in clear once the site is served over HTTPS.
 */
@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageTurnsOffThePowerfulBrowserFeatures() throws Exception {
		for (String url : new String[] { "/", "/login", "/account/security", "/fairs" }) {
			String policy = this.mvc.perform(get(url)).andReturn().getResponse().getHeader("Permissions-Policy");
			assertThat(policy).as(url).isEqualTo(SecurityConfiguration.PERMISSIONS_POLICY);
			assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
		}
	}

	@Test
	void everyCookieIsSecureOverHttps() throws Exception {
		// the language, the session (a page with a form), the page asked for before
		// signing in
		MockHttpServletResponse language = this.mvc.perform(get("/login?lang=en").secure(true))
			.andReturn()
			.getResponse();
		MockHttpServletResponse protectedPage = this.mvc.perform(get("/account/security").secure(true))
			.andReturn()
			.getResponse();
		assertThat(language.getHeaders("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("COOPEX_LANG="))
			.anyMatch((cookie) -> cookie.startsWith("COOPEXSESSION="))
			.allMatch((cookie) -> cookie.contains("; Secure"));
		assertThat(protectedPage.getHeaders("Set-Cookie")).isNotEmpty()
			.allMatch((cookie) -> cookie.contains("; Secure"));
	}

	@Test
	void cookiesStayUsableOverPlainHttpForLocalRuns() throws Exception {
		MockHttpServletResponse language = this.mvc.perform(get("/login?lang=en")).andReturn().getResponse();
		assertThat(language.getHeaders("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("COOPEX_LANG="))
			.noneMatch((cookie) -> cookie.contains("Secure"));
	}

}
