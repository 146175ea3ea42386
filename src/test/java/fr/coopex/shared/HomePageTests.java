package fr.coopex.shared;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void explainsThePlatformToAVisitorInFrenchByDefault() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(content().string(containsString("Exporter ensemble")))
			.andExpect(content().string(containsString("href=\"/register\"")));
	}

	@Test
	void speaksEnglishOnRequestAndRemembersIt() throws Exception {
		var result = this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Export together")))
			.andReturn();
		var cookie = result.getResponse().getCookie("COOPEX_LANG");
		this.mvc.perform(get("/login").cookie(cookie))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void ignoresAnUnsupportedLanguage() throws Exception {
		this.mvc.perform(get("/").param("lang", "xx<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
	}

	@Test
	void greetsASignedInMemberWithWhatMattersToTheirRole() throws Exception {
		CoopexUser member = this.fixtures.member();
		this.mvc.perform(get("/").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bonjour, Marie Test")))
			.andExpect(content().string(containsString("Votre entreprise")))
			.andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
	}

	@Test
	void showsTheAdminTheirConsoleLinks() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		this.mvc.perform(get("/").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/audit\"")))
			.andExpect(content().string(containsString("href=\"/admin/accounts\"")));
	}

	@Test
	void sendsSecurityHeadersOnEveryPage() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void healthIsUpAndOtherActuatorEndpointsAreClosed() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")));
		this.mvc.perform(get("/actuator/env").with(user(this.fixtures.user(Role.ADMIN))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/beans").with(user(this.fixtures.user(Role.ADMIN))))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyPageHasAMainLandmarkAndASkipLink() throws Exception {
		this.mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("href=\"#main\"")))
			.andExpect(content().string(containsString("<main id=\"main\"")));
	}

}
