package fr.coopex.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Control characters are refused at the edge: a 400 for a query parameter or an action,
 * the form's message next to the field for a form; never a 500, never stored.
 */
@IntegrationTest
class ControlCharacterTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void refusesANulByteInQueryParametersWithA400OverRealHttp() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String path : new String[] { "/fairs?q=%00", "/fairs.ics?q=a%00b", "/aids/alerts/unsubscribe?token=%00",
				"/aids?q=%01", "/ecosystems?q=%7F", "/password/reset?token=%C2%85" }) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains("La demande n’a pas abouti");
		}
	}

	@Test
	void refusesANulByteInTheSignInFormWithoutAnError() throws Exception {
		CoopexUser member = this.fixtures.member();
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("username", member.email() + "\u0000")
				.param("password", "x\u0000"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isLessThan(500);
	}

	@Test
	void showsTheFormsMessageNextToAFieldHoldingAControlCharacterAndSavesNothing() throws Exception {
		CoopexUser member = this.fixtures.member();
		String name = "Essai" + System.nanoTime();
		MockHttpServletResponse response = this.mvc
			.perform(post("/ecosystems/new").with(csrf())
				.with(user(member))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("name", name + "\u0000")
				.param("purpose", "Un but\r\nsur deux lignes\tavec une tabulation"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("caractères de contrôle").contains("value=\"" + name + "\"");
		assertThat(
				this.jdbc.queryForObject("select count(*) from ecosystem where name like ?", Integer.class, name + "%"))
			.isZero();
	}

	@Test
	void keepsLineBreaksAndTabsInFormFields() throws Exception {
		CoopexUser member = this.fixtures.member();
		String name = "Essai" + System.nanoTime();
		MockHttpServletResponse response = this.mvc
			.perform(post("/ecosystems/new").with(csrf())
				.with(user(member))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("name", name)
				.param("purpose", "Un but\r\nsur deux lignes\tavec une tabulation"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select purpose from ecosystem where name = ?", String.class, name))
			.isEqualTo("Un but\r\nsur deux lignes\tavec une tabulation");
	}

	@Test
	void refusesAnActionWithoutAFormToShowTheMessageWithA400() throws Exception {
		CoopexUser member = this.fixtures.member();
		MockHttpServletResponse response = this.mvc
			.perform(post("/console/pools/1/items").with(csrf())
				.with(user(member))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("label", "Stand\u0000")
				.param("amount", "1"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
	}

	@Test
	void refusesAControlCharacterInAParameterName() throws Exception {
		assertThat(this.mvc.perform(get("/fairs").param("q\u0000", "x")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void knowsWhichCharactersAreRefused() {
		assertThat(ControlCharacters.refused("a\u0000b", true)).isTrue();
		assertThat(ControlCharacters.refused("a\tb\r\nc", true)).isFalse();
		assertThat(ControlCharacters.refused("a\tb", false)).isTrue();
		assertThat(ControlCharacters.refused("\u0085", true)).isTrue();
		assertThat(ControlCharacters.refused("\uD800", true)).isTrue();
		assertThat(ControlCharacters.refused("Île-de-France 😀 \u00A0\u202F", false)).isFalse();
		assertThat(ControlCharacters.strip("a\u0000b\uD800c😀", true)).isEqualTo("abc😀");
	}

}
