package fr.coopex.companies;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's pages of results are kept rendered for the companies they show as the
 * viewer sees them: a change of a name or of its visibility shows on the next page, and
 * two viewers who see different fields never share a page.
 */
@IntegrationTest
class CompanyDirectoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Test
	void aTradeNameMadePrivateLeavesTheResultsAtOnceButNotForItsOwnCompany() throws Exception {
		CoopexUser owner = this.fixtures.member();
		WebSession stranger = signedIn(this.fixtures.member());
		WebSession colleague = signedIn(owner);
		String tradeName = "Enseigne" + System.nanoTime();
		String search = "/companies?q=" + tradeName;
		name(owner, tradeName, Visibility.PUBLIC);
		assertThat(results(stranger, search)).contains(tradeName)
			.contains("href=\"/companies/" + owner.organisationId() + "\"");

		name(owner, tradeName, Visibility.PRIVATE);
		assertThat(results(stranger, search)).doesNotContain(tradeName)
			.doesNotContain("href=\"/companies/" + owner.organisationId() + "\"");
		assertThat(results(colleague, search)).contains(tradeName)
			.contains("href=\"/companies/" + owner.organisationId() + "\"");
		assertThat(results(stranger, search)).doesNotContain(tradeName);

		name(owner, tradeName + "bis", Visibility.PUBLIC);
		assertThat(results(stranger, search)).contains(tradeName + "bis");
	}

	@Test
	void anHtmxSearchGetsTheResultsAloneInTheLanguageOfTheSession() throws Exception {
		CoopexUser owner = this.fixtures.member();
		WebSession browser = signedIn(this.fixtures.member());
		String tradeName = "Bretonne" + System.nanoTime();
		String search = "/companies?q=" + tradeName + "&region=BRETAGNE";
		name(owner, tradeName, Visibility.PUBLIC);
		String page = browser.get(search).getResponse().getContentAsString();
		assertThat(page).contains("<option value=\"BRETAGNE\" selected>")
			.contains("id=\"results\"")
			.contains(tradeName);
		String partial = browser.perform(MockMvcRequestBuilders.get(search).header("HX-Request", "true"))
			.getResponse()
			.getContentAsString();
		assertThat(partial.strip()).startsWith("<div id=\"results\"").doesNotContain("<form");
		assertThat(partial).contains(tradeName).contains(" · Bretagne");
		String english = browser.get(search + "&lang=en").getResponse().getContentAsString();
		assertThat(english).contains(tradeName).contains(" · Brittany");
	}

	private void name(CoopexUser member, String tradeName, Visibility visibility) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), tradeName, null, null, null, Region.BRETAGNE, null,
						null, null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), null,
						null, null, Set.of(), Set.of(), Map.of(ProfileField.TRADE_NAME, visibility)));
	}

	/** The results part of a directory page (the search form repeats the query). */
	private static String results(WebSession browser, String url) throws Exception {
		String page = browser.get(url).getResponse().getContentAsString();
		return page.substring(page.indexOf("<div id=\"results\""));
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc, "198.51.100.51");
		assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
		return session;
	}

}
