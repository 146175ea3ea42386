package fr.coopex.aids;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data API: published aids only, the same filters as the page, pages, ETags,
 * CORS for GET, clear 400 answers, and its OpenAPI description.
 */
@IntegrationTest
class AidApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AidCuration curation;

	@Autowired
	TestAids testAids;

	@Autowired
	AidCatalogue catalogue;

	@Test
	void searchesThePublishedAidsWithTheFiltersOfThePage() throws Exception {
		// open aids come first: the closed one is looked for by status
		MockHttpServletResponse response = get("/api/aids?q=salon&kind=GRANT&status=CLOSED");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		String json = response.getContentAsString();
		assertThat(json).contains("\"name\":\"Aide aux exposants des salons et foires (décret n° 2022-370)\"")
			.contains("\"shortName\":\"Aide salons et foires\"")
			.contains("\"amountMax\":12500.00")
			.contains("\"maxSize\":\"SME\"")
			.contains("\"closesOn\":\"2022-12-31\"")
			.contains("\"url\":\"http://localhost:8080/aids/20\"")
			.doesNotContain("\"shortName\":\"INNOVEX\"");
		String innovex = get("/api/aids/4").getContentAsString();
		assertThat(innovex).contains("\"amountMin\":600.00").contains("\"kind\":\"GRANT\"");
		// the reference says INNOVEX's amounts were not re-verified: so does the API
		assertThat(innovex).contains("\"amountUnverified\":true");
		assertThat(get("/api/aids/15").getContentAsString()).contains("\"rateBasis\":\"de la caution\"")
			.contains("\"amountUnverified\":false");
		assertThat(get("/api/aids?size=2&page=2&sort=NAME").getContentAsString()).contains("\"page\":2")
			.contains("\"size\":2");
		// text taken literally, never as a pattern
		assertThat(get("/api/aids?q=%25").getStatus()).isEqualTo(200);
		assertThat(get("/api/aids?q=%27%3B%20drop%20table%20aid%3B--").getContentAsString()).contains("\"total\":0");
	}

	@Test
	void aVisitorsSearchIsKeptUntilTheCatalogueChanges() {
		CoopexUser officer = this.testAids.officer();
		String name = "Recherche gardée " + System.nanoTime();
		AidSearch search = new AidSearch(name, null, null, null, null, null, false, false, AidSearch.Sort.NAME, 0, 20);
		AidSearchResult before = this.catalogue.search(search, null);
		assertThat(before.total()).isZero();
		// asked again: the same result, not searched again
		assertThat(this.catalogue.search(search, null)).isSameAs(before);
		// a newly published aid makes a new revision: found at once
		long id = this.curation.create(officer, TestAids.data(name, null, List.of("Pièce")));
		this.curation.publish(officer, id);
		AidSearchResult after = this.catalogue.search(search, null);
		assertThat(after.total()).isOne();
		assertThat(after.hits().get(0).aid().id()).isEqualTo(id);
		this.curation.unpublish(officer, id);
		assertThat(this.catalogue.search(search, null).total()).isZero();
	}

	@Test
	void neverShowsADraft() throws Exception {
		CoopexUser officer = this.testAids.officer();
		String name = "Brouillon secret " + System.nanoTime();
		long id = this.curation.create(officer, TestAids.data(name, null, List.of("Pièce")));
		assertThat(get("/api/aids/" + id).getStatus()).isEqualTo(404);
		assertThat(get("/api/aids?q=" + name.replace(" ", "+")).getContentAsString()).contains("\"total\":0");
		this.curation.publish(officer, id);
		assertThat(get("/api/aids/" + id).getContentAsString()).contains(name);
		this.curation.unpublish(officer, id);
		assertThat(get("/api/aids/" + id).getStatus()).isEqualTo(404);
	}

	@Test
	void answersBadInputWithAClear400() throws Exception {
		for (String url : List.of("/api/aids?q=" + "a".repeat(5000), "/api/aids?kind=BOGUS",
				"/api/aids?region=ATLANTIS", "/api/aids?operator=Personne", "/api/aids?page=abc", "/api/aids?page=0",
				"/api/aids?page=999", "/api/aids?size=1000", "/api/aids?soon=peut-etre", "/api/aids/abc")) {
			MockHttpServletResponse response = get(url);
			assertThat(response.getStatus()).as(url).isEqualTo(400);
			assertThat(response.getContentAsString()).as(url).contains("\"status\":400").contains("\"detail\":");
		}
		assertThat(get("/api/aids?kind=BOGUS").getContentAsString()).contains("kind: one of");
		assertThat(get("/api/aids?q=" + "a".repeat(5000)).getContentAsString())
			.contains("q: longer than 200 characters");
		assertThat(get("/api/aids/999999").getStatus()).isEqualTo(404);
	}

	@Test
	void cachesWithETagsAndOpensToOtherOriginsForReadingOnly() throws Exception {
		MockHttpServletResponse first = get("/api/aids/10");
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getCookies()).isEmpty();
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/api/aids/10").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		MockHttpServletResponse cors = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/aids").header("Origin", "https://data.example.org"))
			.andReturn()
			.getResponse();
		assertThat(cors.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		MockHttpServletResponse preflight = this.mvc
			.perform(MockMvcRequestBuilders.options("/api/aids")
				.header("Origin", "https://data.example.org")
				.header("Access-Control-Request-Method", "GET"))
			.andReturn()
			.getResponse();
		assertThat(preflight.getStatus()).isEqualTo(200);
		assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");
		MockHttpServletResponse refused = this.mvc
			.perform(MockMvcRequestBuilders.options("/api/aids")
				.header("Origin", "https://data.example.org")
				.header("Access-Control-Request-Method", "POST"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/api/aids")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aSearchHasAnETagThatChangesWithItsResults() throws Exception {
		String search = "/api/aids?q=salon&kind=GRANT";
		MockHttpServletResponse first = get(search);
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		MockHttpServletResponse again = ifNoneMatch(search, etag);
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
		// another search, another answer
		assertThat(get("/api/aids?q=salon").getHeader("ETag")).isNotBlank().isNotEqualTo(etag);
		assertThat(ifNoneMatch("/api/aids?q=salon", etag).getStatus()).isEqualTo(200);

		// a newly published aid changes the results, so the old tag no longer matches
		CoopexUser officer = this.testAids.officer();
		String name = "Etiquette " + System.nanoTime();
		String byName = "/api/aids?q=" + name.replace(" ", "+");
		String before = get(byName).getHeader("ETag");
		assertThat(ifNoneMatch(byName, before).getStatus()).isEqualTo(304);
		long id = this.curation.create(officer, TestAids.data(name, null, List.of("Pièce")));
		this.curation.publish(officer, id);
		MockHttpServletResponse changed = ifNoneMatch(byName, before);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains(name);
		assertThat(changed.getHeader("ETag")).isNotBlank().isNotEqualTo(before);
	}

	private MockHttpServletResponse ifNoneMatch(String url, String etag) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create(url)).header("If-None-Match", etag))
			.andReturn()
			.getResponse();
	}

	@Test
	void describesItselfWithOpenApiWithoutLooseningThePagesPolicy() throws Exception {
		MockHttpServletResponse docs = get("/v3/api-docs");
		assertThat(docs.getStatus()).isEqualTo(200);
		assertThat(docs.getContentAsString()).contains("\"/api/aids\"")
			.contains("\"/api/aids/{id}\"")
			.doesNotContain("/aids/manage")
			.doesNotContain("/applications");
		MockHttpServletResponse ui = this.mvc.perform(MockMvcRequestBuilders.get("/swagger-ui/index.html"))
			.andReturn()
			.getResponse();
		assertThat(ui.getStatus()).isEqualTo(200);
		assertThat(ui.getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'");
		assertThat(get("/aids").getHeader("Content-Security-Policy")).doesNotContain("unsafe-inline");
	}

	private MockHttpServletResponse get(String url) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create(url))).andReturn().getResponse();
	}

}
