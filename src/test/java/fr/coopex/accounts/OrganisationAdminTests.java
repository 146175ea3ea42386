package fr.coopex.accounts;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin's organisations: list and search, creation with the first officer's
 * invitation, an agency's jurisdiction and operators; bad input changes nothing.
 */
@IntegrationTest
class OrganisationAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAdminCreatesAnAgencyFindsItAndSetsItsJurisdictionAndOperators() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String name = "Agence de test " + System.nanoTime();
		String officer = Fixtures.uniqueEmail("officer");
		MvcResult created = this.mvc
			.perform(as(admin, post("/admin/organisations/new"), "kind", "AGENCY", "organisation.name", name,
					"organisation.siret", OrganisationRequestTests.uniqueSiret(), "scope.regions", "BRETAGNE",
					"scope.regions", "NORMANDIE", "officerEmail", officer))
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/admin/organisations/");
		long id = organisation(name);
		assertThat(TestMail.to(officer)).hasSize(1);

		String list = this.mvc
			.perform(get("/admin/organisations").param("kind", "AGENCY")
				.param("region", "NORMANDIE")
				.param("q", name)
				.with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(name).contains("Bretagne, Normandie");
		assertThat(page(admin, "/admin/organisations?kind=COORDINATION_BODY&q=" + id + "x")).doesNotContain(name);
		assertThat(page(admin, "/admin/organisations?region=OCCITANIE")).doesNotContain(name);

		MvcResult saved = this.mvc
			.perform(as(admin, post("/admin/organisations/" + id + "/scope"), "scope.national", "true", "operators",
					"Bpifrance\nRégion Bretagne"))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/organisations/" + id);
		String detail = page(admin, "/admin/organisations/" + id);
		assertThat(detail).contains("National").contains("Bpifrance, Région Bretagne");

		String refused = this.mvc
			.perform(as(admin, post("/admin/organisations/" + id + "/scope"), "scope.regions", "ATLANTIDE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"scope.regions-error\"").contains("Cette région n’existe pas");
		assertThat(page(admin, "/admin/organisations/" + id)).contains("Bpifrance, Région Bretagne");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			empty name           | organisation.name  | ''             | Ce champ est obligatoire
			name too long        | organisation.name  | LONG           | ne doit pas dépasser 200 caractères
			wrong SIRET key      | organisation.siret | 12345678900011 | clé de contrôle est fausse
			unknown region       | scope.regions      | ATLANTIDE      | Cette région n’existe pas
			malformed e-mail     | officerEmail | x@             | adresse e-mail valide
			e-mail already used  | officerEmail | TAKEN          | Un compte existe déjà avec cette adresse
			""")
	void badInputShowsTheFormAgainWithTheReasonAndCreatesNothing(String label, String field, String value,
			String message) throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String name = "Organisation refusée " + System.nanoTime();
		String[] form = { "kind", "COORDINATION_BODY", "organisation.category", "CHAMBER_OF_COMMERCE",
				"organisation.name", name, "organisation.siret", OrganisationRequestTests.uniqueSiret(),
				"scope.regions", "BRETAGNE", "officerEmail", Fixtures.uniqueEmail("officer") };
		for (int i = 0; i < form.length; i += 2) {
			if (form[i].equals(field)) {
				form[i + 1] = switch (value) {
					case "LONG" -> "N".repeat(201);
					case "TAKEN" -> admin.email();
					default -> value;
				};
			}
		}
		MvcResult result = this.mvc.perform(as(admin, post("/admin/organisations/new"), form)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"" + field + "-error\"").contains(message);
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, form[5]))
			.isZero();
	}

	private MockHttpServletRequestBuilder as(CoopexUser who, MockHttpServletRequestBuilder request, String... params) {
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.with(user(who)).with(csrf());
	}

	private String page(CoopexUser who, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private long organisation(String name) {
		List<Long> ids = this.jdbc.queryForList("select id from organisation where name = ?", Long.class, name);
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	static String[] pairs(String... values) {
		return Arrays.copyOf(values, values.length);
	}

}
