package fr.coopex.aids;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The catalogue pages through the web: searching with words and facets, the page as a
 * link or as an htmx update, bad input, an aid's page with the company's eligibility, the
 * aids for a company and for an ecosystem's coordinator.
 */
@IntegrationTest
class AidPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	TestAids testAids;

	@Autowired
	AidCatalogue catalogue;

	@Test
	void anyoneSearchesTheCatalogueWithWordsAndFacets() throws Exception {
		// open aids come first: the closed and historical ones are looked for by status
		String salons = page("/aids?q=salon&status=CLOSED", null);
		assertThat(salons).contains("Aide salons et foires");
		assertThat(salons).doesNotContain(">INNOVEX<");
		assertThat(page("/aids?q=salon&status=HISTORICAL", null)).contains("Label France").doesNotContain(">INNOVEX<");
		String grantsClosed = page("/aids?kind=GRANT&status=CLOSED", null);
		assertThat(grantsClosed).contains("Chèque Relance Export").contains("Aide salons et foires");
		assertThat(grantsClosed).doesNotContain(">INNOVEX<").doesNotContain(">Assurance Prospection<");
		// the facet links keep the other choices
		assertThat(grantsClosed).contains("href=\"/aids?kind=GRANT&amp;status=CLOSED&amp;paysFor=TRADE_FAIRS\"");
		// accents and case do not matter; French word forms meet
		assertThat(page("/aids?q=RÉGIONALE", null)).contains("Aide régionale au V.I.E");
		assertThat(page("/aids?q=Prospections&sort=NAME", null)).contains("Assurance Prospection").contains("SIDEX");
	}

	@Test
	void answersAnHtmxUpdateWithTheResultsOnly() throws Exception {
		MockHttpServletResponse partial = this.mvc
			.perform(MockMvcRequestBuilders.get("/aids?q=innovex").header("HX-Request", "true"))
			.andReturn()
			.getResponse();
		assertThat(partial.getStatus()).isEqualTo(200);
		assertThat(partial.getContentAsString()).startsWith("<div id=\"aid-search\"")
			.contains(">INNOVEX<")
			.doesNotContain("<html");
		// going back in history asks for the whole page
		String restored = this.mvc
			.perform(MockMvcRequestBuilders.get("/aids?q=innovex")
				.header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(restored).contains("<html");
	}

	@Test
	void takesBadInputCalmly() throws Exception {
		String longQuery = page("/aids?q=" + "a".repeat(5000), null);
		assertThat(longQuery).contains("seuls ses 200 premiers caractères");
		String unknown = page("/aids?kind=BOGUS&status=NOPE&region=ATLANTIS&operator=Nobody&page=abc&sort=x&soon=maybe",
				null);
		String everything = count(page("/aids", null));
		assertThat(count(unknown)).isEqualTo(everything).endsWith("aides trouvées");
		String beyond = page("/aids?page=9999", null);
		assertThat(count(beyond)).isEqualTo(everything);
		assertThat(beyond).contains("Page 1 sur ");
		String html = search("<script>alert(1)</script>\"'%_");
		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		String sql = search("x'; DROP TABLE aid;--");
		assertThat(sql).contains("Aucune aide");
		assertThat(page("/aids?q=innovex", null)).contains(">INNOVEX<");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/aids/999999")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void anAidsPageSaysWhatItsSourcesDoNotGive() throws Exception {
		// CAP Export (seeded as id 1): the sources give no kind, amount or steps
		String capExport = page("/aids/1", null);
		assertThat(capExport).contains("CAP Export (plan")
			.contains("Nature de l’aide non précisée")
			.contains("Démarche non précisée")
			.doesNotContain(">Subvention<");
		assertThat(capExport.substring(capExport.indexOf("id=\"amount-heading\""))).contains("Non précisé");
		// INNOVEX: a grant of 600 to 1,300 euros, its kind shown instead
		String innovex = page("/aids/4", null);
		assertThat(innovex).contains(">Subvention<").doesNotContain("Nature de l’aide non précisée");
		assertThat(page("/aids/1?lang=en", null)).contains("Kind of aid not specified");
	}

	@Test
	void aMemberReadsWhyTheCompanyIsOrIsNotEligible() throws Exception {
		CoopexUser member = this.fixtures.member();
		describe(member, HeadcountBand.FROM_250_TO_499, TurnoverBand.FROM_50M_TO_250M, Region.OCCITANIE);
		// INNOVEX is historical: the reasons, without a verdict
		String innovex = page("/aids/4", member);
		assertThat(innovex).doesNotContain(">Non éligible<")
			.contains("Votre effectif (250 à 499 salariés) dépasse le plafond de 250 salariés.")
			.contains("Votre chiffre d’affaires (50 à 250 M€) dépasse le plafond de 50 M€.")
			.contains(
					"L’aide est réservée aux membres d’un pôle de compétitivité ; votre profil ne le dit pas : à vérifier.");
		CoopexUser small = this.fixtures.member();
		describe(small, HeadcountBand.FROM_20_TO_49, TurnoverBand.FROM_2M_TO_10M, Region.OCCITANIE);
		String occitanie = page("/aids/22", small);
		assertThat(occitanie).contains("À vérifier")
			.contains("Votre région (Occitanie) est couverte par l’aide.")
			.contains("L’aide est réservée aux entreprises indépendantes ; votre profil ne dit pas si la vôtre l’est");
		// the facet keeps what the company may get, and the results say it
		String mine = page("/aids?mine=true&region=OCCITANIE", small);
		assertThat(mine).contains("Contrat Export Occitanie").contains("verdict-TO_CHECK");
		String mineOther = page("/aids?mine=true&region=BRETAGNE", small);
		assertThat(mineOther).doesNotContain("Pass Export RH");
		// anonymous visitors see the criteria, not a verdict
		assertThat(page("/aids/4", null)).contains("Moins de 250 salariés")
			.contains("Connectez-vous")
			.doesNotContain("verdict-");
	}

	@Test
	void aMemberGetsTheAidsForTheCompanyRankedByFit() throws Exception {
		CoopexUser member = this.fixtures.member();
		// founding year unknown: the loan for firms of 3 years or more is to check
		describe(member, HeadcountBand.FROM_20_TO_49, TurnoverBand.FROM_2M_TO_10M, Region.BRETAGNE, null);
		String page = page("/aids/for-me", member);
		assertThat(page).contains(">PCI<");
		assertThat(page).contains("Pass Export RH").contains("Assurance Prospection");
		assertThat(page).doesNotContain("Contrat Export Occitanie").doesNotContain(">INNOVEX<");
		assertThat(page.indexOf("verdict-ELIGIBLE")).isLessThan(page.indexOf("verdict-TO_CHECK"));
		assertThat(status("/aids/for-me", this.fixtures.user(Role.COORDINATOR))).isEqualTo(403);
	}

	@Test
	void aCoordinatorSeesTheAidsForGroupingsForTheEcosystem() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator,
				new EcosystemDraft("Groupement test", "Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		String page = page("/aids/for-ecosystem/" + ecosystem, coordinator);
		assertThat(page).contains("Groupement à l’export").contains("Label France").doesNotContain(">INNOVEX<");
		// the historical "Groupement à l’export" is not offered as one that can still be
		// requested: it is listed apart, for the record
		String requestable = page.substring(page.indexOf("id=\"requestable-aids\""), page.indexOf("id=\"ended-aids\""));
		assertThat(requestable).doesNotContain("Groupement à l’export").doesNotContain("Label France");
		assertThat(page.substring(page.indexOf("id=\"ended-aids-heading\""))).contains("Aides terminées, pour mémoire")
			.contains("Groupement à l’export");
		assertThat(page("/aids", coordinator)).contains("/aids/for-ecosystem/" + ecosystem);
		assertThat(status("/aids/for-ecosystem/" + ecosystem, this.fixtures.user(Role.COORDINATOR))).isEqualTo(403);
		assertThat(status("/aids/for-ecosystem/" + ecosystem, this.fixtures.member())).isEqualTo(403);
		assertThat(status("/aids/for-ecosystem/999999", coordinator)).isEqualTo(404);
	}

	@Test
	void closedAndHistoricalAidsNeverSayEligibleAndWarnBeforeBeingFollowedOrAppliedFor() throws Exception {
		CoopexUser member = this.fixtures.member();
		describe(member, HeadcountBand.FROM_20_TO_49, TurnoverBand.FROM_2M_TO_10M, Region.BRETAGNE);
		// Chèque Relance V.I.E (13): closed; this company met its criteria
		String closed = page("/aids/13", member);
		assertThat(closed).contains("id=\"closed-warning\"")
			.contains("Cette aide est fermée : on ne peut plus la demander.")
			.contains("Fermée — vous auriez été éligible")
			.doesNotContain(">Éligible<")
			.contains("name=\"acknowledgeClosed\"");
		// SIDEX (3): historical
		assertThat(page("/aids/3", member)).contains("Cette aide est historique").doesNotContain(">Éligible<");
		// without the acknowledgement, nothing is followed nor started
		this.mvc
			.perform(MockMvcRequestBuilders.post("/aids/13/save")
				.with(user(member))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn();
		assertThat(page("/aids/saved", member)).doesNotContain("/aids/13\"");
		this.mvc
			.perform(MockMvcRequestBuilders.post("/applications")
				.param("aidId", "13")
				.with(user(member))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn();
		assertThat(page("/applications", member)).doesNotContain("Chèque Relance V.I.E");
		// with it, both are done
		this.mvc
			.perform(MockMvcRequestBuilders.post("/aids/13/save")
				.param("acknowledgeClosed", "true")
				.with(user(member))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn();
		assertThat(page("/aids/saved", member)).contains("/aids/13\"");
		// the search never says "Éligible" for a closed aid, and "for my company" leaves
		// them out
		String search = page("/aids?q=relance", member);
		assertThat(search).contains("Chèque Relance V.I.E").doesNotContain("verdict-ELIGIBLE");
		assertThat(page("/aids?mine=true", member)).doesNotContain("Chèque Relance V.I.E").doesNotContain(">SIDEX<");
	}

	@Test
	void theOpenFilterSaysItHidesAidsOfUnknownStatusAndOffersThem() throws Exception {
		String open = page("/aids?status=OPEN&region=OCCITANIE", null);
		assertThat(open).contains("id=\"unknown-status-note\"")
			.contains("1 aide dont le statut est à vérifier est masquée.")
			.contains("Les inclure")
			.doesNotContain("Contrat Export Occitanie");
		String included = page("/aids?status=OPEN&region=OCCITANIE&unknown=true", null);
		assertThat(included).contains("Contrat Export Occitanie")
			.contains("Statut à vérifier auprès de l’opérateur")
			.contains("Ne montrer que les aides ouvertes");
		assertThat(page("/aids/22", null)).contains("Statut à vérifier auprès de l’opérateur");
	}

	@Test
	void facetsWithoutResultsAreNotLinksAndFiltersCanBeCleared() throws Exception {
		String page = page("/aids?q=innovex&status=HISTORICAL", null);
		// no aid of the search closes within 30 days: the value is shown, not offered
		assertThat(page).doesNotContain("href=\"/aids?q=innovex&amp;status=HISTORICAL&amp;soon=true\"")
			.contains("facet-empty");
		assertThat(page).contains("id=\"clear-filters\"").contains("href=\"/aids?q=innovex\"");
		assertThat(page("/aids?q=innovex", null)).doesNotContain("id=\"clear-filters\"");
		// facets come before the results, in a box a phone shows closed
		assertThat(page.indexOf("id=\"aid-facets-box\"")).isLessThan(page.indexOf("id=\"aid-count\""));
		assertThat(page).contains("<details class=\"aid-facets-box\" id=\"aid-facets-box\">");
	}

	@Test
	void innovexAmountsAreMarkedAsNotReverifiedAndRatesSayWhatTheyAreAShareOf() throws Exception {
		assertThat(page("/aids/4", null)).contains("id=\"amount-unverified\"").contains("Montants non revérifiés");
		assertThat(page("/aids?q=innovex", null)).contains("Montants non revérifiés");
		assertThat(page("/aids/15", null)).contains("jusqu’à 80 % de la caution").doesNotContain("80 % des coûts");
		assertThat(page("/aids/16", null)).contains("50 % à 80 % du crédit");
		String salons = page("/aids/20", null);
		assertThat(salons).doesNotContain("pour la première fois").doesNotContain("16 mars 2022</dd>");
		assertThat(page("/aids/25", null)).doesNotContain("Prise en charge");
	}

	@Test
	void anAidsPageSaysWhenItsFactsWereLastVerified() throws Exception {
		AidView verified = this.testAids
			.published(verifiedOn(LocalDate.of(2026, 1, 15), "Aide vérifiée " + System.nanoTime()));
		assertThat(page("/aids/" + verified.id(), null))
			.contains("Informations vérifiées le 15 janvier 2026 auprès des sources citées")
			.doesNotContain("Date de dernière vérification non précisée");
		AidView unverified = this.testAids.published(verifiedOn(null, "Aide non vérifiée " + System.nanoTime()));
		assertThat(page("/aids/" + unverified.id(), null))
			.contains("Date de dernière vérification non précisée ; à confirmer auprès de l’opérateur.")
			.doesNotContain("Informations vérifiées le");
	}

	@Test
	void thePagesOfASearchKeepItsWordsAndFacets() throws Exception {
		String word = "Paginee" + Long.toString(System.nanoTime())
			.chars()
			.mapToObj((c) -> String.valueOf((char) ('a' + c - '0')))
			.reduce("", String::concat);
		for (int i = 1; i <= AidSearch.PAGE_SIZE + 2; i++) {
			this.testAids.published(TestAids.data(String.format("Aide %s n°%02d", word, i),
					this.catalogue.today().plusDays(10), List.of()));
		}
		String state = "q=aide+" + word + "&operator=Op%C3%A9rateur+de+test&kind=GRANT&paysFor=TRADE_FAIRS"
				+ "&region=NATIONAL&status=OPEN&soon=true&sort=NAME";
		String first = follow("/aids?" + state);
		assertThat(count(first)).isEqualTo((AidSearch.PAGE_SIZE + 2) + " aides trouvées");
		assertThat(first).contains("Page 1 sur 2").contains(word + " n°20").doesNotContain(word + " n°21");
		String next = "/aids?" + state + "&page=2";
		assertThat(pageLink(first, "Suivante")).isEqualTo(next);

		String second = follow(next);
		assertThat(count(second)).isEqualTo((AidSearch.PAGE_SIZE + 2) + " aides trouvées");
		assertThat(second).contains("Page 2 sur 2")
			.contains(word + " n°21")
			.contains(word + " n°22")
			.doesNotContain(word + " n°20");
		// back to the first page: the same search, without a page number
		assertThat(pageLink(second, "Précédente")).isEqualTo("/aids?" + state);
	}

	/** Opens a link as a browser does, its query read as form data. */
	private String follow(String link) throws Exception {
		int query = link.indexOf('?');
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(link.substring(0, query));
		for (String pair : link.substring(query + 1).split("&")) {
			String[] nameValue = pair.split("=", 2);
			request.param(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(link).isEqualTo(200);
		return response.getContentAsString();
	}

	/**
	 * The address of the pagination link with this text, checked to be its htmx one too.
	 */
	private static String pageLink(String page, String text) {
		Matcher link = Pattern
			.compile("<a class=\"page-link\" href=\"([^\"]*)\" hx-get=\"([^\"]*)\"[^>]*>" + text + "</a>")
			.matcher(page);
		assertThat(link.find()).as("a link " + text).isTrue();
		assertThat(link.group(2)).isEqualTo(link.group(1));
		return HtmlUtils.htmlUnescape(link.group(1));
	}

	@Test
	void findsAnAidWhoseNameHasQuotesWithAQueryThatHasThem() throws Exception {
		String mark = "Guillemets" + System.nanoTime();
		long id = this.testAids
			.published(TestAids.data("Programme \"" + mark + " Monde\" pour l'export", null, List.of()))
			.id();
		String link = "href=\"/aids/" + id + "\"";
		for (String text : List.of("\"" + mark + " Monde\"", mark + " l'export", mark + " l’export",
				"\"" + mark + "\" pour l'export")) {
			assertThat(search(text)).as(text).contains(link);
		}
		assertThat(search("\"" + mark + " Lune\"")).doesNotContain(link);
	}

	private static AidData verifiedOn(LocalDate lastVerified, String name) {
		AidData d = TestAids.data(name, null, List.of());
		return new AidData(d.name(), d.shortName(), d.operators(), d.kind(), d.description(), d.paysFor(),
				d.paysForDetails(), d.amountMin(), d.amountMax(), d.rateMin(), d.rateMax(), d.amountDetails(),
				d.criteria(), d.otherConditions(), d.steps(), d.documents(), d.delay(), d.applyWhere(), d.recurrence(),
				d.opensOn(), d.closesOn(), d.periodDetails(), d.status(), d.european(), d.sources(), lastVerified);
	}

	private static String count(String page) {
		int at = page.indexOf("id=\"aid-count\"");
		return page.substring(page.indexOf('>', at) + 1, page.indexOf('<', at));
	}

	private String search(String text) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(MockMvcRequestBuilders.get("/aids").param("q", text))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private void describe(CoopexUser member, HeadcountBand headcount, TurnoverBand turnover, Region region) {
		describe(member, headcount, turnover, region, 1990);
	}

	private void describe(CoopexUser member, HeadcountBand headcount, TurnoverBand turnover, Region region,
			Integer founded) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, "28.41Z", region, null, null,
						headcount, turnover, null, null, null, null, founded, ExportSituation.EXPORTING, null, null,
						Set.of(), Set.of(), null, null, null, Set.of(), Set.of(), Map.of()));
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = perform(url, who);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(String url, CoopexUser who) throws Exception {
		return perform(url, who).getStatus();
	}

	private MockHttpServletResponse perform(String url, CoopexUser who) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(url);
		if (who != null) {
			request = request.with(user(who));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
