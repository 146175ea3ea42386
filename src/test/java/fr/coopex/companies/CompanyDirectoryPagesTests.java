package fr.coopex.companies;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
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

	@Autowired
	EcosystemManagement ecosystems;

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
		assertThat(page).contains("<option value=\"BRETAGNE\" selected").contains("id=\"results\"").contains(tradeName);
		String partial = browser.perform(MockMvcRequestBuilders.get(search).header("HX-Request", "true"))
			.getResponse()
			.getContentAsString();
		assertThat(partial.strip()).startsWith("<div id=\"results\"").doesNotContain("<form");
		assertThat(partial).contains(tradeName).contains(" · Bretagne");
		String english = browser.get(search + "&lang=en").getResponse().getContentAsString();
		assertThat(english).contains(tradeName).contains(" · Brittany");
	}

	@Test
	void theSectorAndMarketFiltersFindACompanyWhoseFieldIsVisible() throws Exception {
		CoopexUser owner = this.fixtures.member();
		CoopexUser fellow = this.fixtures.member();
		String tradeName = "Filtrable" + System.nanoTime();
		CompanyCard own = this.companies.ownProfile(owner);
		// NAF public, a targeted market public, a served market within ecosystems
		this.companies.update(owner,
				new ProfileUpdate(own.version(), own.legalName(), tradeName, null, null, "28.41Z", null, null, null,
						null, null, null, null, null, null, null, null, null, null, Set.of("BR"), Set.of("JP"), null,
						null, null, Set.of(), Set.of(),
						Map.of(ProfileField.TRADE_NAME, Visibility.PUBLIC, ProfileField.NAF, Visibility.PUBLIC,
								ProfileField.MARKETS_TARGETED, Visibility.PUBLIC, ProfileField.MARKETS_SERVED,
								Visibility.ECOSYSTEM)));
		long shared = this.ecosystems.create(owner, new EcosystemDraft("Filtres " + System.nanoTime(),
				"Exporter ensemble", Set.of(), Set.of(), true, null));
		this.ecosystems.requestToJoin(fellow, shared, null, true);
		this.ecosystems.approveAll(owner, shared);
		WebSession stranger = signedIn(this.fixtures.member());
		WebSession insider = signedIn(fellow);
		String link = "href=\"/companies/" + owner.organisationId() + "\"";
		String search = "/companies?q=" + tradeName;

		for (String naf : new String[] { "28", "28.4", "28.41", "28.41Z" }) {
			assertThat(results(stranger, search + "&naf=" + naf)).as("naf=" + naf).contains(link);
		}
		for (String naf : new String[] { "26", "28.2", "28.49Z" }) {
			assertThat(results(stranger, search + "&naf=" + naf)).as("naf=" + naf).doesNotContain(link);
		}
		assertThat(results(stranger, search + "&market=JP")).contains(link);
		assertThat(results(stranger, search + "&market=CN")).doesNotContain(link);
		// the served market is seen, and found, within the ecosystem only
		assertThat(results(stranger, search + "&market=BR")).doesNotContain(link);
		assertThat(results(insider, search + "&market=BR")).contains(link);
		assertThat(results(insider, search + "&naf=28.41&market=JP")).contains(link);
	}

	@Test
	void aCompanysMarketsAreNamedInTheLanguageOfThePage() throws Exception {
		CoopexUser owner = this.fixtures.member();
		CompanyCard own = this.companies.ownProfile(owner);
		this.companies.update(owner,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, Set.of("DE"), Set.of("JP"), null, null, null,
						Set.of(), Set.of(), Map.of(ProfileField.MARKETS_SERVED, Visibility.PUBLIC,
								ProfileField.MARKETS_TARGETED, Visibility.PUBLIC)));
		WebSession stranger = signedIn(this.fixtures.member());
		String url = "/companies/" + owner.organisationId();
		assertThat(stranger.get(url).getResponse().getContentAsString()).contains("Allemagne", "Japon")
			.doesNotContain("Germany", "Japan");
		assertThat(stranger.get(url + "?lang=en").getResponse().getContentAsString()).contains("Germany", "Japan")
			.doesNotContain("Allemagne", "Japon");
		assertThat(stranger.get(url + "?lang=fr").getResponse().getContentAsString()).contains("Allemagne", "Japon");
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
