package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pool pages of issue 14, items 4 and 5: each share explained in words with a chart,
 * fixed amounts chosen by company name, and irreversible actions asked on a page of their
 * own.
 */
@IntegrationTest
class PoolConsolePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	CompanyManagement companies;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser alpha;

	CoopexUser beta;

	CoopexUser gamma;

	long pool;

	/** 18, 9 and 12 m² of 39; a 50% subsidy of space for SMEs (Gamma has 400 people). */
	void openStand() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft("Console " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.beta = this.fixtures.member();
		this.gamma = this.fixtures.member();
		CompanyNames.name(this.companies, this.alpha, "Alpha Usinage");
		CompanyNames.name(this.companies, this.beta, "Bêta Capteurs");
		CompanyNames.name(this.companies, this.gamma, "Gamma Robotique");
		this.pool = this.ledger.openPool(this.coordinator, PoolOwnerKind.STAND, System.nanoTime(), ecosystem,
				"Automate 2027", AllocationKey.BY_AREA, Set.of());
		this.ledger.join(this.alpha, this.pool,
				new ParticipantDraft(this.alpha.organisationId(), "A", new BigDecimal("18"), null, 45, false, 0));
		this.ledger.join(this.beta, this.pool,
				new ParticipantDraft(this.beta.organisationId(), "B", new BigDecimal("9"), null, 120, false, 0));
		this.ledger.join(this.gamma, this.pool,
				new ParticipantDraft(this.gamma.organisationId(), "G", new BigDecimal("12"), null, 400, false, 0));
		this.ledger.addItem(this.coordinator, this.pool, version(),
				CostItemDraft.of("Surface nue", CostCategory.SPACE, new BigDecimal("11700"), new BigDecimal("20")));
		this.ledger.addItem(this.coordinator, this.pool, version(),
				CostItemDraft.of("Inscription", CostCategory.REGISTRATION, new BigDecimal("900"), new BigDecimal("20"))
					.splitBy(AllocationKey.EQUAL));
		this.ledger.addSubsidy(this.coordinator, this.pool, version(),
				SubsidyDraft.rate("Région", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
	}

	@Test
	void thePoolPageExplainsEachShareInWordsAndDrawsItsChart() throws Exception {
		openStand();
		String page = page("/pools/" + this.pool, this.alpha);
		String explained = section(page, "id=\"share-explanations\"", "</ul>");
		assertThat(explained).contains("Alpha Usinage", "18 des 39 m² pour : Surface nue", "1/3 pour : Inscription",
				"moins 50 % (Région, PME jusqu’à 249 salariés)");
		// Gamma, with 400 people, gets no subsidy
		assertThat(section(explained, "Gamma Robotique", "</li>")).doesNotContain("moins");
		assertThat(page).contains("id=\"shares-chart\"", "<svg", "<rect");
		// on a phone the part comes right after the company, the details hidden
		String shares = section(page, "id=\"shares\"", "</thead>");
		assertThat(shares.indexOf(">Part<")).isLessThan(shares.indexOf(">HT<"));
		assertThat(shares).contains("d-none d-md-table-cell");
		// in English too
		String english = this.mvc.perform(get("/pools/" + this.pool).param("lang", "en").with(user(this.alpha)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("18 of 39 m² of: Surface nue", "1/3 of: Inscription");
	}

	@Test
	void fixedAmountsAreChosenByCompanyName() throws Exception {
		openStand();
		String console = page("/console/pools/" + this.pool, this.coordinator);
		assertThat(section(console, "id=\"fixed-amounts\"", "</fieldset>")).contains("Alpha Usinage", "Bêta Capteurs")
			.contains("name=\"fixedAmounts[0].company\"")
			.contains("name=\"fixedAmounts[0].amount\"")
			.doesNotContain("<textarea");
		MockHttpServletResponse added = send(post("/console/pools/" + this.pool + "/items").param("label", "Badges")
			.param("category", "OTHER")
			.param("amount", "300.00")
			.param("vatRate", "0")
			.param("paidBy", "COORDINATION")
			.param("key", "FIXED")
			.param("restKey", "EQUAL")
			.param("fixedAmounts[0].company", String.valueOf(this.beta.organisationId()))
			.param("fixedAmounts[0].amount", "120.00")
			.param("fixedAmounts[1].company", "")
			.param("fixedAmounts[1].amount", "")
			.param("version", String.valueOf(version())), this.coordinator);
		assertThat(added.getRedirectedUrl()).isEqualTo("/console/pools/" + this.pool);
		PoolView view = this.ledger.pool(this.coordinator, this.pool);
		assertThat(view.items()).filteredOn((i) -> i.draft().label().equals("Badges"))
			.singleElement()
			.satisfies((i) -> assertThat(i.draft().fixedAmounts())
				.containsExactlyEntriesOf(java.util.Map.of(this.beta.organisationId(), new BigDecimal("120.00"))));
		// the same company twice is refused next to the rows, and nothing is added
		int items = view.items().size();
		MockHttpServletResponse twice = send(post("/console/pools/" + this.pool + "/items").param("label", "Double")
			.param("category", "OTHER")
			.param("amount", "300.00")
			.param("vatRate", "0")
			.param("key", "FIXED")
			.param("restKey", "EQUAL")
			.param("fixedAmounts[0].company", String.valueOf(this.beta.organisationId()))
			.param("fixedAmounts[0].amount", "10")
			.param("fixedAmounts[1].company", String.valueOf(this.beta.organisationId()))
			.param("fixedAmounts[1].amount", "20")
			.param("version", String.valueOf(version())), this.coordinator);
		assertThat(twice.getStatus()).isEqualTo(200);
		assertThat(twice.getContentAsString()).contains("id=\"fixedAmounts-error\"");
		assertThat(this.ledger.pool(this.coordinator, this.pool).items()).hasSize(items);
	}

	@Test
	void confirmingTheSplitAndDeletingACostLineAskOnAPageOfTheirOwn() throws Exception {
		openStand();
		String console = page("/console/pools/" + this.pool, this.coordinator);
		// the console links to the pages that ask; it posts nothing itself
		assertThat(console).contains("href=\"/console/pools/" + this.pool + "/post\"")
			.doesNotContain("action=\"/console/pools/" + this.pool + "/post\"");
		long item = this.ledger.pool(this.coordinator, this.pool).items().get(0).id();
		assertThat(console).contains("href=\"/console/pools/" + this.pool + "/items/" + item + "/delete\"")
			.doesNotContain("action=\"/console/pools/" + this.pool + "/items/" + item + "/delete\"");
		String confirm = page("/console/pools/" + this.pool + "/post", this.coordinator);
		assertThat(confirm).contains("id=\"confirm-consequences\"", "Alpha Usinage", "Gamma Robotique",
				"action=\"/console/pools/" + this.pool + "/post\"", "name=\"version\" value=\"" + version() + "\"");
		String delete = page("/console/pools/" + this.pool + "/items/" + item + "/delete", this.coordinator);
		assertThat(delete).contains("Surface nue", "id=\"confirm-consequences\"",
				"action=\"/console/pools/" + this.pool + "/items/" + item + "/delete\"");
		// asking changes nothing
		assertThat(this.ledger.pool(this.coordinator, this.pool).isPosted()).isFalse();
		assertThat(this.ledger.pool(this.coordinator, this.pool).items()).hasSize(2);
		// the answer does
		send(post("/console/pools/" + this.pool + "/post").param("version", String.valueOf(version())),
				this.coordinator);
		assertThat(this.ledger.pool(this.coordinator, this.pool).isPosted()).isTrue();
		assertThat(send(get("/console/pools/" + this.pool + "/post"), this.alpha).getStatus()).isEqualTo(403);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CoopexUser who) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(who))).andReturn().getResponse();
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = send(get(url), who);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private static String section(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		int to = page.indexOf(end, from);
		return page.substring(from, (to < 0) ? page.length() : to);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, this.pool);
	}

}
