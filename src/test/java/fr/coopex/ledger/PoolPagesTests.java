package fr.coopex.ledger;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * The ledger's pages: the coordinator builds and confirms the split through the console
 * forms, members read the pool and download statements (real PDF and CSV, read back), and
 * bad or stale input changes nothing.
 */
@IntegrationTest
class PoolPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser alpha;

	CoopexUser beta;

	long pool;

	void openStand() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft("Pages " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.beta = this.fixtures.member();
		this.pool = this.ledger.openPool(this.coordinator, PoolOwnerKind.STAND, System.nanoTime(), ecosystem,
				"Salon Automatica", AllocationKey.BY_AREA, Set.of());
		this.ledger.join(this.alpha, this.pool, new ParticipantDraft(this.alpha.organisationId(), "Alpha Usinage",
				new BigDecimal("12"), null, 45, false, 0));
		this.ledger.join(this.beta, this.pool, new ParticipantDraft(this.beta.organisationId(), "Bêta Capteurs",
				new BigDecimal("24"), null, 300, false, 0));
	}

	@Test
	void theCoordinatorBuildsAndConfirmsTheSplitAndMembersDownloadTheirStatements() throws Exception {
		openStand();
		MockHttpServletResponse added = send(post("/console/pools/" + this.pool + "/items").param("label", "Surface")
			.param("category", "SPACE")
			.param("amount", "9000.00")
			.param("vatRate", "20")
			.param("paidBy", "COORDINATION")
			.param("version", version()), this.coordinator);
		assertThat(added.getRedirectedUrl()).isEqualTo("/console/pools/" + this.pool);
		send(post("/console/pools/" + this.pool + "/subsidies").param("label", "Région")
			.param("rate", "50")
			.param("categories", "SPACE")
			.param("maxHeadcount", "249")
			.param("version", version()), this.coordinator);
		MockHttpServletResponse posted = send(post("/console/pools/" + this.pool + "/post").param("version", version()),
				this.coordinator);
		assertThat(posted.getRedirectedUrl()).isEqualTo("/console/pools/" + this.pool);
		// Alpha: 3,000 + 600 VAT - 1,500 subsidy = 2,100.00; Beta: 6,000 + 1,200 =
		// 7,200.00
		String page = page("/pools/" + this.pool, this.alpha);
		assertThat(page).contains("Alpha Usinage", "Bêta Capteurs", "2\u202f100,00", "7\u202f200,00", "9\u202f300,00");
		assertThat(page).doesNotContain("/console/pools/" + this.pool);
		MockHttpServletResponse pdf = send(get("/pools/" + this.pool + "/statement.pdf"), this.alpha);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Salon Automatica", "Alpha Usinage", "3 000,00", "600,00", "-1 500,00",
					"2 100,00");
			assertThat(text).doesNotContain("Bêta Capteurs");
		}
		MockHttpServletResponse csv = send(get("/pools/" + this.pool + "/statement.csv"), this.beta);
		List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.getContentAsString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(rows).anySatisfy((r) -> assertThat(r.toList()).contains("Surface", "6000.00", "1200.00", "7200.00"));
		// the coordinator downloads the whole pool; a member may not
		try (PDDocument document = Loader
			.loadPDF(send(get("/pools/" + this.pool + "/export.pdf"), this.coordinator).getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Alpha Usinage", "Bêta Capteurs", "2 100,00", "7 200,00", "9 300,00");
		}
		assertThat(send(get("/pools/" + this.pool + "/export.csv"), this.alpha).getStatus()).isEqualTo(403);
		// a payment, then the balances and the suggested transfers
		send(post("/console/pools/" + this.pool + "/payments")
			.param("payer", String.valueOf(this.alpha.organisationId()))
			.param("payee", "0")
			.param("amount", "2100.00")
			.param("paidOn", LocalDate.now().toString())
			.param("version", version()), this.coordinator);
		String after = page("/pools/" + this.pool, this.coordinator);
		assertThat(after).contains("id=\"transfers\"").contains("7\u202f200,00");
		assertThat(page("/pools/" + this.pool, this.beta)).doesNotContain("Alpha Usinage verse");
		// the ecosystem statement
		try (PDDocument document = Loader
			.loadPDF(send(get("/ledger/ecosystems/" + ecosystemOf(this.pool) + "/statement.pdf"), this.alpha)
				.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Salon Automatica", "2 100,00");
		}
	}

	@Test
	void badInputGetsAMessageNextToItsFieldAndChangesNothing() throws Exception {
		openStand();
		int before = items();
		MockHttpServletResponse negative = send(post("/console/pools/" + this.pool + "/items").param("label", "Surface")
			.param("category", "SPACE")
			.param("amount", "-10")
			.param("vatRate", "20")
			.param("version", version()), this.coordinator);
		assertThat(negative.getStatus()).isEqualTo(200);
		assertThat(negative.getContentAsString()).contains("id=\"amount-error\"", "ne peut pas être négatif");
		MockHttpServletResponse precise = send(post("/console/pools/" + this.pool + "/items").param("label", "Surface")
			.param("category", "SPACE")
			.param("amount", "10.001")
			.param("vatRate", "20")
			.param("version", version()), this.coordinator);
		assertThat(precise.getContentAsString()).contains("id=\"amount-error\"", "au centime près");
		MockHttpServletResponse subsidy = send(post("/console/pools/" + this.pool + "/subsidies").param("label", "Trop")
			.param("rate", "120")
			.param("categories", "SPACE")
			.param("version", version()), this.coordinator);
		assertThat(subsidy.getContentAsString()).contains("id=\"rate-error\"", "100 %");
		MockHttpServletResponse zeros = send(
				post("/console/pools/" + this.pool + "/participants/" + this.alpha.organisationId()).param("area", "-3")
					.param("weight", "1")
					.param("version", version()),
				this.coordinator);
		assertThat(zeros.getContentAsString()).contains("alert-warning", "Alpha Usinage");
		assertThat(items()).isEqualTo(before);
		// a stale form: someone added an item meanwhile
		String stale = version();
		send(post("/console/pools/" + this.pool + "/items").param("label", "Électricité")
			.param("category", "POWER")
			.param("amount", "100")
			.param("vatRate", "20")
			.param("version", stale), this.coordinator);
		var late = this.mvc
			.perform(post("/console/pools/" + this.pool + "/items").param("label", "Mobilier")
				.param("category", "FURNITURE")
				.param("amount", "100")
				.param("vatRate", "20")
				.param("version", stale)
				.with(csrf())
				.with(user(this.coordinator)))
			.andReturn();
		assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/console/pools/" + this.pool);
		assertThat(late.getFlashMap().get("error")).isEqualTo("ledger.stale");
		assertThat(items()).isEqualTo(before + 1);
		// editing a confirmed pool
		send(post("/console/pools/" + this.pool + "/post").param("version", version()), this.coordinator);
		MockHttpServletResponse confirmed = send(post("/console/pools/" + this.pool + "/items").param("label", "Oubli")
			.param("category", "OTHER")
			.param("amount", "10")
			.param("vatRate", "0")
			.param("version", version()), this.coordinator);
		assertThat(confirmed.getContentAsString()).contains("est confirmée");
		assertThat(items()).isEqualTo(before + 1);
	}

	@Test
	void aSubsidyNamesTheCatalogueAidItComesFrom() throws Exception {
		openStand();
		String console = page("/console/pools/" + this.pool, this.coordinator);
		// the published, current aids paying for fairs, prospection or collective actions
		assertThat(console).contains("<option value=\"20\">Aide salons et foires</option>")
			.contains("<option value=\"10\">Assurance Prospection</option>")
			.doesNotContain("<option value=\"4\">");
		for (String unknown : new String[] { "999999", "abc" }) {
			MockHttpServletResponse refused = send(
					post("/console/pools/" + this.pool + "/subsidies").param("label", "Région")
						.param("rate", "50")
						.param("categories", "SPACE")
						.param("aidId", unknown)
						.param("version", version()),
					this.coordinator);
			assertThat(refused.getContentAsString()).contains("id=\"aidId-error\"", "Choisissez une aide publiée");
		}
		assertThat(subsidies()).isZero();
		send(post("/console/pools/" + this.pool + "/subsidies").param("label", "Région — salons")
			.param("rate", "50")
			.param("categories", "SPACE")
			.param("aidId", "20")
			.param("version", version()), this.coordinator);
		assertThat(subsidies()).isOne();
		assertThat(page("/console/pools/" + this.pool, this.coordinator))
			.contains("href=\"/aids/20\">Aide salons et foires</a>");
		send(post("/console/pools/" + this.pool + "/items").param("label", "Surface")
			.param("category", "SPACE")
			.param("amount", "900")
			.param("vatRate", "20")
			.param("paidBy", "COORDINATION")
			.param("version", version()), this.coordinator);
		assertThat(page("/pools/" + this.pool, this.alpha)).contains("Région — salons")
			.contains("href=\"/aids/20\">Voir l’aide au catalogue</a>");
	}

	@Test
	void onlyParticipantsAndCoordinatorsSeeThePoolAndOnlyCoordinatorsRunIt() throws Exception {
		openStand();
		CoopexUser stranger = this.fixtures.member();
		assertThat(send(get("/pools/" + this.pool), stranger).getStatus()).isEqualTo(404);
		assertThat(send(get("/pools/" + this.pool + "/statement.pdf"), stranger).getStatus()).isEqualTo(404);
		assertThat(send(get("/console/pools/" + this.pool), stranger).getStatus()).isEqualTo(404);
		assertThat(send(get("/console/pools/" + this.pool), this.alpha).getStatus()).isEqualTo(403);
		assertThat(
				send(post("/console/pools/" + this.pool + "/post").param("version", version()), this.alpha).getStatus())
			.isEqualTo(403);
		assertThat(page("/console/pools/" + this.pool, this.coordinator)).contains("id=\"item-form\"");
		assertThat(page("/pools", this.alpha)).contains("/pools/" + this.pool);
		assertThat(page("/pools", stranger)).doesNotContain("/pools/" + this.pool + "\"");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CoopexUser who) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(who))).andReturn().getResponse();
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = send(get(url), who);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private String version() {
		return String
			.valueOf(this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, this.pool));
	}

	private int subsidies() {
		return this.jdbc.queryForObject("select count(*) from ledger_subsidy where pool_id = ?", Integer.class,
				this.pool);
	}

	private int items() {
		return this.jdbc.queryForObject("select count(*) from ledger_cost_item where pool_id = ?", Integer.class,
				this.pool);
	}

	private long ecosystemOf(long poolId) {
		return this.jdbc.queryForObject("select ecosystem_id from ledger_pool where id = ?", Long.class, poolId);
	}

}
