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
	fr.coopex.companies.CompanyManagement companies;

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
		// the pages show each company by its name in companies
		CompanyNames.name(this.companies, this.alpha, "Alpha Usinage");
		CompanyNames.name(this.companies, this.beta, "Bêta Capteurs");
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
		List<List<String>> rows = csv(send(get("/pools/" + this.pool + "/statement.csv"), this.beta));
		assertThat(rows).anySatisfy((r) -> assertThat(r).contains("Surface", "6000,00", "1200,00", "7200,00"));
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
		MockHttpServletResponse negativeArea = send(
				post("/console/pools/" + this.pool + "/participants/" + this.alpha.organisationId()).param("area", "-3")
					.param("weight", "1")
					.param("version", version()),
				this.coordinator);
		assertThat(negativeArea.getContentAsString()).contains("alert-warning",
				"La surface de Alpha Usinage doit être positive");
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
		// an unknown aid, not a number, a historical aid (INNOVEX)
		for (String unknown : new String[] { "999999", "abc", "4" }) {
			MockHttpServletResponse refused = send(
					post("/console/pools/" + this.pool + "/subsidies").param("label", "Région")
						.param("rate", "50")
						.param("categories", "SPACE")
						.param("aidId", unknown)
						.param("version", version()),
					this.coordinator);
			assertThat(refused.getContentAsString()).contains("id=\"aidId-error\"",
					"Choisissez une des aides proposées");
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
	void weightsAllZeroAreRefusedWithTheReasonAndChangeNothing() throws Exception {
		openStand();
		String console = "/console/pools/" + this.pool;
		assertThat(send(post(console + "/key").param("defaultKey", "WEIGHTS").param("version", version()),
				this.coordinator)
			.getRedirectedUrl()).isEqualTo(console);
		assertThat(send(post(console + "/items").param("label", "Interprète")
			.param("category", "INTERPRETER")
			.param("amount", "900.00")
			.param("vatRate", "0")
			.param("paidBy", "COORDINATION")
			.param("version", version()), this.coordinator).getRedirectedUrl()).isEqualTo(console);
		// one weight at zero is fine: the other takes the whole item
		assertThat(setKeys(this.alpha, "12", "0").getRedirectedUrl()).isEqualTo(console);
		assertThat(weight(this.alpha)).isEqualByComparingTo("0");
		// both at zero: nothing would split the interpreter
		String before = version();
		MockHttpServletResponse allZero = setKeys(this.beta, "24", "0");
		assertThat(allZero.getStatus()).isEqualTo(200);
		assertThat(allZero.getContentAsString()).contains("alert-warning",
				"Les clés de tous les participants sont nulles pour « Interprète »");
		assertThat(weight(this.beta)).isEqualByComparingTo("1");
		assertThat(version()).isEqualTo(before);
		assertThat(this.ledger.pool(this.coordinator, this.pool).split().share(this.beta.organisationId()))
			.hasValueSatisfying((share) -> assertThat(share.net()).isEqualByComparingTo("900.00"));
		// with no item, the weights may all be zero; an item split by them is then
		// refused
		long item = this.jdbc.queryForObject("select id from ledger_cost_item where pool_id = ?", Long.class,
				this.pool);
		send(post(console + "/items/" + item + "/delete").param("version", version()), this.coordinator);
		assertThat(setKeys(this.beta, "24", "0").getRedirectedUrl()).isEqualTo(console);
		MockHttpServletResponse refusedItem = send(post(console + "/items").param("label", "Badges")
			.param("category", "OTHER")
			.param("amount", "90.00")
			.param("vatRate", "20")
			.param("paidBy", "COORDINATION")
			.param("key", "WEIGHTS")
			.param("version", version()), this.coordinator);
		assertThat(refusedItem.getStatus()).isEqualTo(200);
		assertThat(refusedItem.getContentAsString()).contains("invalid-feedback",
				"Les clés de tous les participants sont nulles pour « Badges »");
		assertThat(items()).isZero();
		// nor may the pool's key become one that nothing splits by
		assertThat(
				send(post(console + "/key").param("defaultKey", "EQUAL").param("version", version()), this.coordinator)
					.getRedirectedUrl())
			.isEqualTo(console);
		send(post(console + "/items").param("label", "Badges")
			.param("category", "OTHER")
			.param("amount", "90.00")
			.param("vatRate", "20")
			.param("paidBy", "COORDINATION")
			.param("version", version()), this.coordinator);
		assertThat(items()).isOne();
		MockHttpServletResponse refusedKey = send(
				post(console + "/key").param("defaultKey", "WEIGHTS").param("version", version()), this.coordinator);
		assertThat(refusedKey.getStatus()).isEqualTo(200);
		assertThat(refusedKey.getContentAsString())
			.contains("Les clés de tous les participants sont nulles pour « Badges »");
		assertThat(
				this.jdbc.queryForObject("select default_key from ledger_pool where id = ?", String.class, this.pool))
			.isEqualTo("EQUAL");
	}

	@Test
	void aMemberSeesWhatACashCallAsksOfItAndByWhenAndTheCoordinatorCallsThroughTheForm() throws Exception {
		openStand();
		this.ledger.addItem(this.coordinator, this.pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Surface", CostCategory.SPACE, new BigDecimal("9000.00"), new BigDecimal("20")));
		this.ledger.post(this.coordinator, this.pool, Ledger.ANY_VERSION);
		String console = "/console/pools/" + this.pool;
		LocalDate due = LocalDate.now().plusDays(45);
		String dueText = due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		// without a due date: refused next to the field, nothing called
		MockHttpServletResponse undated = send(
				post(console + "/cash-calls").param("label", "Acompte").param("rate", "30").param("version", version()),
				this.coordinator);
		assertThat(undated.getStatus()).isEqualTo(200);
		assertThat(undated.getContentAsString()).contains("id=\"dueOn-error\"", "Indiquez l’échéance.");
		assertThat(cashCalls()).isZero();
		var called = this.mvc
			.perform(post(console + "/cash-calls").param("label", "Acompte à la réservation")
				.param("rate", "30")
				.param("dueOn", due.toString())
				.param("version", version())
				.with(csrf())
				.with(user(this.coordinator)))
			.andReturn();
		assertThat(called.getResponse().getRedirectedUrl()).isEqualTo(console);
		assertThat(called.getFlashMap().get("message")).isEqualTo("ledger.console.call.recorded");
		assertThat(cashCalls()).isEqualTo(1);
		// 30% of 3,600.00 and of 7,200.00
		assertThat(this.jdbc.queryForList(
				"select l.amount from ledger_cash_call_line l join ledger_cash_call c on c.id = l.cash_call_id "
						+ "where c.pool_id = ? order by l.amount",
				BigDecimal.class, this.pool))
			.containsExactly(new BigDecimal("1080.00"), new BigDecimal("2160.00"));
		String alphaCalls = section(page("/pools/" + this.pool, this.alpha), "id=\"cash-calls\"", "</table>");
		assertThat(alphaCalls).contains("Acompte à la réservation", dueText, "Alpha Usinage", "1\u202f080,00")
			.doesNotContain("Bêta Capteurs")
			.doesNotContain("2\u202f160,00");
		String betaCalls = section(page("/pools/" + this.pool, this.beta), "id=\"cash-calls\"", "</table>");
		assertThat(betaCalls).contains("Acompte à la réservation", dueText, "Bêta Capteurs", "2\u202f160,00")
			.doesNotContain("Alpha Usinage");
		// what is left to pay goes down as the member pays
		send(post(console + "/payments").param("payer", String.valueOf(this.alpha.organisationId()))
			.param("payee", "0")
			.param("amount", "1000.00")
			.param("paidOn", LocalDate.now().toString())
			.param("version", version()), this.coordinator);
		assertThat(section(page("/pools/" + this.pool, this.alpha), "id=\"cash-calls\"", "</table>"))
			.contains(">1\u202f000,00\u00a0€</td>", ">80,00\u00a0€</td>");
	}

	@Test
	void csvStatementsGiveEachLineAndAmountToTheCent() throws Exception {
		openStand();
		long ecosystem = ecosystemOf(this.pool);
		this.ledger.addItem(this.coordinator, this.pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Surface", CostCategory.SPACE, new BigDecimal("9000.00"), new BigDecimal("20")));
		this.ledger.addItem(this.coordinator, this.pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Électricité", CostCategory.POWER, new BigDecimal("100.00"), new BigDecimal("20"))
					.splitBy(AllocationKey.EQUAL));
		this.ledger.addSubsidy(this.coordinator, this.pool, Ledger.ANY_VERSION,
				SubsidyDraft.rate("Région", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
		this.ledger.post(this.coordinator, this.pool, Ledger.ANY_VERSION);
		LocalDate paidOn = LocalDate.now();
		this.ledger.recordPayment(this.coordinator, this.pool, Ledger.ANY_VERSION,
				new Ledger.PaymentDraft(this.alpha.organisationId(), null, new BigDecimal("1000.00"), paidOn, "VIR-1"));
		// Alpha: 3,000 + 600 of space, 50 + 10 of power, less 1,500 of subsidy
		List<List<String>> alpha = csv(send(get("/pools/" + this.pool + "/statement.csv"), this.alpha));
		assertThat(alpha.get(0)).containsExactly("Relevé de coûts partagés — Salon Automatica");
		assertThat(alpha.get(1)).containsExactly("Entreprise : Alpha Usinage");
		assertThat(alpha.get(2).get(0)).startsWith("Édité le : ");
		assertThat(alpha.subList(3, alpha.size())).containsExactly(List.of("Part de chacun"),
				List.of("Ligne", "Catégorie", "HT", "TVA", "Part"),
				List.of("Surface", "Surface", "3000,00", "600,00", "3600,00"),
				List.of("Électricité", "Électricité", "50,00", "10,00", "60,00"),
				List.of("Région", "", "-1500,00", "0,00", "-1500,00"), List.of("Votre part", "", "", "", "2160,00"),
				List.of("Paiements"), List.of("Date", "Payeur", "Bénéficiaire", "Montant (€)", "Référence"),
				List.of(paidOn.toString(), "Alpha Usinage", "Coordination", "1000,00", "VIR-1"), List.of("Soldes"),
				List.of("", "Solde"), List.of("Part due", "2160,00"), List.of("Dont facturé directement", "0,00"),
				List.of("Avancé", "0,00"), List.of("Payé", "1000,00"), List.of("Reçu", "0,00"),
				List.of("Solde", "1160,00"));
		List<List<String>> beta = csv(send(get("/pools/" + this.pool + "/statement.csv"), this.beta));
		assertThat(beta).contains(List.of("Surface", "Surface", "6000,00", "1200,00", "7200,00"),
				List.of("Électricité", "Électricité", "50,00", "10,00", "60,00"),
				List.of("Votre part", "", "", "", "7260,00"), List.of("Solde", "7260,00"));
		assertThat(beta).noneSatisfy((row) -> assertThat(row).contains("Région"));
		// the coordinator's whole pool
		List<List<String>> whole = csv(send(get("/pools/" + this.pool + "/export.csv"), this.coordinator));
		assertThat(whole.get(0)).containsExactly("Salon Automatica");
		assertThat(whole.subList(2, whole.size())).containsExactly(List.of("Postes de coût"),
				List.of("Poste", "Catégorie", "Clé", "Montant HT", "TVA", "TTC"),
				List.of("Surface", "Surface", "Par surface", "9000,00", "1800,00", "10800,00"),
				List.of("Électricité", "Électricité", "À parts égales", "100,00", "20,00", "120,00"),
				List.of("Part de chacun"),
				List.of("Entreprise", "HT", "TVA", "Subventions", "Part", "Dont facturé directement"),
				List.of("Alpha Usinage", "3050,00", "610,00", "1500,00", "2160,00", "0,00"),
				List.of("Bêta Capteurs", "6050,00", "1210,00", "0,00", "7260,00", "0,00"),
				List.of("Total", "9100,00", "1820,00", "1500,00", "9420,00", ""), List.of("Soldes"),
				List.of("Partie", "Part due", "Avancé", "Payé", "Reçu", "Solde"),
				// the coordination advanced 10,800 + 120, gets 1,500 of subsidy and
				// received 1,000
				List.of("Coordination", "0,00", "10920,00", "0,00", "1000,00", "-8420,00"),
				List.of("Alpha Usinage", "2160,00", "0,00", "1000,00", "0,00", "1160,00"),
				List.of("Bêta Capteurs", "7260,00", "0,00", "0,00", "0,00", "7260,00"), List.of("Virements suggérés"),
				List.of("Payeur", "Bénéficiaire", "Montant (€)"), List.of("Bêta Capteurs", "Coordination", "7260,00"),
				List.of("Alpha Usinage", "Coordination", "1160,00"));
		// the ecosystem: a mission Alpha takes part in, and a workshop it does not
		long mission = this.ledger.openPool(this.coordinator, PoolOwnerKind.MISSION, System.nanoTime(), ecosystem,
				"Mission Munich", AllocationKey.EQUAL, Set.of());
		this.ledger.join(this.alpha, mission,
				ParticipantDraft.withArea(this.alpha.organisationId(), "Alpha Usinage", null));
		this.ledger.join(this.beta, mission,
				ParticipantDraft.withArea(this.beta.organisationId(), "Bêta Capteurs", null));
		this.ledger.addItem(this.coordinator, mission, Ledger.ANY_VERSION,
				CostItemDraft.of("Interprète", CostCategory.INTERPRETER, new BigDecimal("600.00"), BigDecimal.ZERO));
		this.ledger.post(this.coordinator, mission, Ledger.ANY_VERSION);
		long workshop = this.ledger.openPool(this.coordinator, PoolOwnerKind.MISSION, System.nanoTime(), ecosystem,
				"Atelier sans Alpha", AllocationKey.EQUAL, Set.of());
		this.ledger.join(this.beta, workshop,
				ParticipantDraft.withArea(this.beta.organisationId(), "Bêta Capteurs", null));
		this.ledger.addItem(this.coordinator, workshop, Ledger.ANY_VERSION,
				CostItemDraft.of("Salle", CostCategory.OTHER, new BigDecimal("400.00"), BigDecimal.ZERO));
		this.ledger.post(this.coordinator, workshop, Ledger.ANY_VERSION);
		List<List<String>> account = csv(send(get("/ledger/ecosystems/" + ecosystem + "/statement.csv"), this.alpha));
		assertThat(account.subList(2, account.size())).containsExactly(List.of("Budgets communs de l’écosystème"),
				List.of("Budget commun", "Statut", "Part due", "Solde"),
				List.of("Salon Automatica", "Confirmé", "2160,00", "1160,00"),
				List.of("Mission Munich", "Confirmé", "300,00", "300,00"), List.of("Soldes"),
				List.of("Partie", "Part due", "Payé", "Reçu", "Solde"),
				List.of("Alpha Usinage", "2460,00", "1000,00", "0,00", "1460,00"), List.of("Virements suggérés"),
				List.of("Payeur", "Bénéficiaire", "Montant (€)"), List.of("Alpha Usinage", "Coordination", "1460,00"));
		assertThat(account).noneSatisfy((row) -> assertThat(String.join(";", row)).contains("Atelier sans Alpha"));
		assertThat(page("/ledger/ecosystems/" + ecosystem, this.alpha)).contains("Mission Munich")
			.doesNotContain("Atelier sans Alpha");
		// Beta's has all three
		assertThat(csv(send(get("/ledger/ecosystems/" + ecosystem + "/statement.csv"), this.beta)))
			.contains(List.of("Atelier sans Alpha", "Confirmé", "400,00", "400,00"));
	}

	@Test
	void aSuggestedTransferShowsToTheFirmReceivingItAsToThePayer() throws Exception {
		openStand();
		// Alpha advanced the furniture: 600.00 split by area, 200.00 for Alpha, 400.00
		// for Beta, which Beta pays Alpha back
		this.ledger.addItem(this.coordinator, this.pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Mobilier", CostCategory.FURNITURE, new BigDecimal("600.00"), BigDecimal.ZERO)
					.paidBy(PaidBy.PARTICIPANT, this.alpha.organisationId()));
		this.ledger.post(this.coordinator, this.pool, Ledger.ANY_VERSION);
		String transfer = "Bêta Capteurs verse 400,00\u00a0€ à Alpha Usinage";
		for (CoopexUser who : List.of(this.alpha, this.beta, this.coordinator)) {
			assertThat(section(page("/pools/" + this.pool, who), "id=\"transfers\"", "</ul>")).as(who.email())
				.contains(transfer);
		}
		assertThat(this.ledger.settlement(this.alpha, this.pool)).singleElement().satisfies((t) -> {
			assertThat(t.from().companyId()).isEqualTo(this.beta.organisationId());
			assertThat(t.to().companyId()).isEqualTo(this.alpha.organisationId());
			assertThat(t.amount()).isEqualByComparingTo("400.00");
		});
		long ecosystem = ecosystemOf(this.pool);
		assertThat(section(page("/ledger/ecosystems/" + ecosystem, this.alpha), "id=\"ecosystem-transfers\"", "</ul>"))
			.contains(transfer);
		assertThat(csv(send(get("/ledger/ecosystems/" + ecosystem + "/statement.csv"), this.alpha)))
			.contains(List.of("Bêta Capteurs", "Alpha Usinage", "400,00"));
	}

	/**
	 * Amounts come formatted with their currency: no message or template adds a second
	 * sign ("400,00 € €", "400,00 € EUR"), on a pool page nor in a notification.
	 */
	@Test
	void aPoolPageAndANotificationShowOneCurrencySignPerAmount() throws Exception {
		openStand();
		this.ledger.addItem(this.coordinator, this.pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Mobilier", CostCategory.FURNITURE, new BigDecimal("600.00"), BigDecimal.ZERO)
					.paidBy(PaidBy.PARTICIPANT, this.alpha.organisationId()));
		this.ledger.post(this.coordinator, this.pool, Ledger.ANY_VERSION);
		this.ledger.callDeposits(this.coordinator, this.pool, Ledger.ANY_VERSION, "Acompte", new BigDecimal("50"),
				LocalDate.now().plusDays(30));
		for (CoopexUser who : List.of(this.alpha, this.beta, this.coordinator)) {
			String text = text(page("/pools/" + this.pool, who));
			assertOneSignPerAmount(text, who.email());
			assertThat(text).as(who.email()).contains("Bêta Capteurs verse 400,00\u00a0€ à Alpha Usinage");
		}
		String notices = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> text(page("/notifications", this.beta)), (t) -> t.contains("Appel de fonds"));
		assertOneSignPerAmount(notices, "notifications");
		// 50 % of Beta's 400,00
		assertThat(notices).contains("200,00\u00a0€ à régler");
	}

	private static String text(String html) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " "));
	}

	/** Every amount written with cents carries exactly one currency sign. */
	private static void assertOneSignPerAmount(String text, String where) {
		assertThat(text).as(where).doesNotContainPattern("(€|EUR)[\\s\\u00a0\\u202f]*(€|EUR)\\b");
		java.util.regex.Matcher amounts = java.util.regex.Pattern
			.compile("[0-9],[0-9]{2}\\u00a0€([\\s\\u00a0\\u202f]*(€|EUR))?")
			.matcher(text);
		int found = 0;
		while (amounts.find()) {
			found++;
			assertThat(amounts.group(1)).as(where + ": " + amounts.group()).isNull();
		}
		assertThat(found).as(where).isPositive();
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

	private MockHttpServletResponse setKeys(CoopexUser participant, String area, String weight) throws Exception {
		return send(post("/console/pools/" + this.pool + "/participants/" + participant.organisationId())
			.param("area", area)
			.param("weight", weight)
			.param("version", version()), this.coordinator);
	}

	private BigDecimal weight(CoopexUser participant) {
		return this.jdbc.queryForObject("select weight from ledger_participant where pool_id = ? and company_id = ?",
				BigDecimal.class, this.pool, participant.organisationId());
	}

	private int cashCalls() {
		return this.jdbc.queryForObject("select count(*) from ledger_cash_call where pool_id = ?", Integer.class,
				this.pool);
	}

	/**
	 * The records of a CSV file in the French spreadsheet format (semicolons, decimal
	 * comma), without its byte-order mark.
	 */
	private static List<List<String>> csv(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords()
			.stream()
			.map(CSVRecord::toList)
			.toList();
	}

	/** The part of a page from {@code start} to the next {@code end}. */
	private static String section(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
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
