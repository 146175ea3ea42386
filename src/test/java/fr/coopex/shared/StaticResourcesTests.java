package fr.coopex.shared;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are served from their folders, cached by browsers, and linked from pages
 * by versioned URLs.
 */
@IntegrationTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkStylesheetsAndWebJarsByVersionedUrls() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*href=\"/css/coopex-[0-9a-f]{32}\\.css\".*")))
			.andExpect(content()
				.string(matchesPattern("(?s).*href=\"/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css\".*")))
			.andExpect(content().string(matchesPattern("(?s).*src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\".*")))
			.andExpect(content().string(containsString("href=\"/images/favicon.svg\"")))
			.andExpect(content().string(containsString("href=\"/login\"")));
	}

	@Test
	void servesStaticFilesWithAWeekOfBrowserCache() throws Exception {
		for (String path : new String[] { "/css/coopex.css", "/images/favicon.svg",
				"/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=604800")));
		}
	}

	@Test
	void servesNothingElseFromTheClasspath() throws Exception {
		// outside every section of the site: the styled "not found" page, to visitors too
		this.mvc.perform(get("/application.yml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/css/../application.yml")).andExpect(status().is4xxClientError());
	}

}
