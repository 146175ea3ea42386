package fr.coopex.aids;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.aids.AidCuration.Format;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Agencies curate their aids: drafts, publication, history, validation that changes
 * nothing, other agencies kept out, and import and export that round-trip exactly.
 */
@IntegrationTest
class AidCurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AidCuration curation;

	@Autowired
	AidCatalogue catalogue;

	@Autowired
	TestAids testAids;

	@Test
	void anAgencyDraftsPublishesAndUnpublishesAnAidAndItsHistoryIsKept() throws Exception {
		CoopexUser officer = this.testAids.officer();
		WebSession agency = signedIn(officer);
		String name = "Prime salons Bretagne " + System.nanoTime();
		MvcResult created = agency.post("/aids/manage/new", "name", name, "operators",
				"Région Bretagne | finance\nBretagne Commerce International | instruit", "kind", "GRANT",
				"funding.paysFor", "TRADE_FAIRS", "funding.amountMin", "1000", "funding.amountMax", "8000",
				"funding.rateMax", "50", "criteria.maxSize", "SME", "criteria.regions", "BRETAGNE", "procedure.steps",
				"Remplir le formulaire\nJoindre le devis du salon", "procedure.documents", "Devis du salon\nKbis",
				"period.opensOn", "2026-01-01", "period.closesOn", "2026-12-31", "status", "OPEN", "lastVerified",
				"2026-01-15", "version", "0");
		String edit = created.getResponse().getRedirectedUrl();
		assertThat(edit).matches("/aids/manage/[0-9]+/edit");
		long id = Long.parseLong(edit.replaceAll("\\D", ""));
		// a draft: the agency sees it, the public does not
		assertThat(this.catalogue.published(id)).isEmpty();
		assertThat(agency.get("/aids/" + id).getResponse().getContentAsString()).contains(name).contains("Brouillon");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/aids/" + id)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		agency.post("/aids/manage/" + id + "/publish");
		assertThat(this.catalogue.published(id)).isPresent();
		String found = this.mvc.perform(MockMvcRequestBuilders.get("/aids").param("q", name))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains(name).contains("1 aide trouvée");
		AidData published = this.catalogue.published(id).orElseThrow().data();
		assertThat(published.operatorNames()).containsExactly("Région Bretagne", "Bretagne Commerce International");
		assertThat(published.documents()).containsExactly("Devis du salon", "Kbis");

		String form = agency.get(edit).getResponse().getContentAsString();
		agency.post(edit, formWith(form, "funding.amountMax", "9000"));
		assertThat(this.catalogue.published(id).orElseThrow().data().amountMax()).isEqualByComparingTo("9000");
		agency.post("/aids/manage/" + id + "/unpublish");
		assertThat(this.catalogue.published(id)).isEmpty();

		assertThat(this.curation.history(officer, id)).extracting(AidCuration.Change::action)
			.containsExactly("UNPUBLISHED", "EDITED", "PUBLISHED", "CREATED");
		assertThat(this.curation.history(officer, id).get(1).fields()).isEqualTo("amountMax");
		assertThat(agency.get(edit).getResponse().getContentAsString()).contains("Agathe Curatrice")
			.contains("modification")
			.contains("(amountMax)");
	}

	@Test
	void theHistoryTellsWhoMadeEachChangeAndWhen() throws Exception {
		CoopexUser officer = this.testAids.officer();
		Instant beforeCreation = Instant.now().truncatedTo(ChronoUnit.MICROS);
		long id = this.curation.create(officer, TestAids.data("Aide datée " + System.nanoTime(), null, List.of()));
		Instant afterCreation = Instant.now();
		// the publication happens strictly after the creation, on the system clock
		await().atMost(Duration.ofSeconds(1))
			.until(() -> Instant.now().truncatedTo(ChronoUnit.MICROS).isAfter(afterCreation));
		Instant beforePublication = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.curation.publish(officer, id);
		Instant afterPublication = Instant.now();

		List<AidCuration.Change> history = this.curation.history(officer, id);
		assertThat(history).extracting(AidCuration.Change::action).containsExactly("PUBLISHED", "CREATED");
		assertThat(history).extracting(AidCuration.Change::by).containsOnly("Agathe Curatrice");
		assertThat(history.get(0).at()).isBetween(beforePublication, afterPublication);
		assertThat(history.get(1).at()).isBetween(beforeCreation, afterCreation);
		// shown in Paris time, to the second
		DateTimeFormatter paris = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
			.withZone(ZoneId.of("Europe/Paris"));
		String page = signedIn(officer).get("/aids/manage/" + id + "/edit").getResponse().getContentAsString();
		assertThat(page).contains(paris.format(history.get(0).at()) + " — Agathe Curatrice")
			.contains(paris.format(history.get(1).at()) + " — Agathe Curatrice");
	}

	@Test
	void refusesAnAidThatBreaksTheRulesAndSavesNothing() throws Exception {
		CoopexUser officer = this.testAids.officer();
		WebSession agency = signedIn(officer);
		MvcResult result = agency.post("/aids/manage/new", "name", "Aide incohérente", "funding.amountMin", "5000",
				"funding.amountMax", "1000", "funding.rateMin", "80", "funding.rateMax", "120", "period.opensOn",
				"2026-06-01", "period.closesOn", "2026-05-01", "criteria.nafSections", "C, Z", "version", "0");
		String page = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(errorOn(page, "funding.amountMax")).contains("Le maximum ne peut pas être inférieur au minimum.");
		assertThat(errorOn(page, "funding.rateMax")).contains("Indiquez un taux entre 0 et 100");
		assertThat(errorOn(page, "period.closesOn")).contains("La date limite ne peut pas précéder l’ouverture.");
		assertThat(errorOn(page, "criteria.nafSections")).contains("Les sections NAF sont les lettres A à U.");
		assertThat(errorOn(
				agency.post("/aids/manage/new", "name", "", "version", "0").getResponse().getContentAsString(), "name"))
			.contains("obligatoire");
		assertThat(
				errorOn(agency.post("/aids/manage/new", "name", "Aide", "funding.amountMin", "beaucoup", "version", "0")
					.getResponse()
					.getContentAsString(), "funding.amountMin"))
			.contains("Cette valeur n’est pas valide.");
		assertThat(this.curation.ofAgency(officer)).isEmpty();
	}

	@Test
	void refusesAnEditThatBreaksTheRulesAndChangesNothing() throws Exception {
		CoopexUser officer = this.testAids.officer();
		WebSession agency = signedIn(officer);
		String name = "Prime cohérente " + System.nanoTime();
		String edit = agency
			.post("/aids/manage/new", "name", name, "operators", "Région Bretagne", "kind", "GRANT",
					"funding.amountMin", "1000", "funding.amountMax", "8000", "period.opensOn", "2026-01-01",
					"period.closesOn", "2026-12-31", "status", "OPEN", "version", "0")
			.getResponse()
			.getRedirectedUrl();
		assertThat(edit).matches("/aids/manage/[0-9]+/edit");
		long id = Long.parseLong(edit.replaceAll("\\D", ""));
		agency.post("/aids/manage/" + id + "/publish");
		AidView before = this.catalogue.published(id).orElseThrow();

		String form = agency.get(edit).getResponse().getContentAsString();
		MvcResult belowMinimum = agency.post(edit, formWith(form, "funding.amountMax", "500"));
		assertThat(belowMinimum.getResponse().getStatus()).isEqualTo(200);
		assertThat(errorOn(belowMinimum.getResponse().getContentAsString(), "funding.amountMax"))
			.contains("Le maximum ne peut pas être inférieur au minimum.");
		MvcResult beforeOpening = agency.post(edit, formWith(form, "period.closesOn", "2025-12-31"));
		assertThat(beforeOpening.getResponse().getStatus()).isEqualTo(200);
		assertThat(errorOn(beforeOpening.getResponse().getContentAsString(), "period.closesOn"))
			.contains("La date limite ne peut pas précéder l’ouverture.");

		AidView after = this.catalogue.published(id).orElseThrow();
		assertThat(after.data()).isEqualTo(before.data());
		assertThat(after.data().amountMax()).isEqualByComparingTo("8000");
		assertThat(after.data().closesOn()).hasToString("2026-12-31");
		assertThat(this.curation.history(officer, id)).extracting(AidCuration.Change::action)
			.containsExactly("PUBLISHED", "CREATED");
		// the same form with a valid value is taken: the refusals were for the rule alone
		agency.post(edit, formWith(form, "funding.amountMax", "9000"));
		assertThat(this.catalogue.published(id).orElseThrow().data().amountMax()).isEqualByComparingTo("9000");
	}

	@Test
	void editingAnAidThroughTheFormKeepsItsRateBasisAndUnverifiedAmountsAndTheCuratorCanChangeThem() throws Exception {
		CoopexUser officer = this.testAids.officer();
		AidData base = TestAids.data("Garantie projets " + System.nanoTime(), null, List.of());
		AidData data = new AidData(base.name(), base.shortName(), base.operators(), base.kind(), base.description(),
				base.paysFor(), base.paysForDetails(), new java.math.BigDecimal("1000"),
				new java.math.BigDecimal("8000"), new java.math.BigDecimal("50"), new java.math.BigDecimal("70"),
				base.amountDetails(), base.criteria(), base.otherConditions(), base.steps(), base.documents(),
				base.delay(), base.applyWhere(), base.recurrence(), base.opensOn(), base.closesOn(),
				base.periodDetails(), base.status(), base.european(), base.sources(), base.lastVerified(),
				"de la caution", true);
		long id = this.curation.create(officer, data);
		WebSession agency = signedIn(officer);
		String edit = "/aids/manage/" + id + "/edit";
		String form = agency.get(edit).getResponse().getContentAsString();
		assertThat(form).contains("Assiette des taux").contains("value=\"de la caution\"");
		agency.post(edit, formWith(form, "funding.amountMax", "9000"));
		AidData edited = this.curation.ofAgency(officer).get(0).data();
		assertThat(edited.amountMax()).isEqualByComparingTo("9000");
		assertThat(edited.rateBasis()).isEqualTo("de la caution");
		assertThat(edited.amountUnverified()).isTrue();
		// the curator changes them: another basis, the amounts now verified (box
		// unticked)
		form = agency.get(edit).getResponse().getContentAsString();
		String[] changed = java.util.Arrays.stream(formWith(form, "funding.rateBasis", "du crédit"))
			.toArray(String[]::new);
		java.util.List<String> pairs = new java.util.ArrayList<>();
		for (int i = 0; i < changed.length; i += 2) {
			if (!changed[i].equals("funding.amountUnverified")) {
				pairs.add(changed[i]);
				pairs.add(changed[i + 1]);
			}
		}
		agency.post(edit, pairs.toArray(String[]::new));
		edited = this.curation.ofAgency(officer).get(0).data();
		assertThat(edited.rateBasis()).isEqualTo("du crédit");
		assertThat(edited.amountUnverified()).isFalse();
		assertThat(edited.amountMax()).isEqualByComparingTo("9000");
	}

	@Test
	void theCsvCarriesTheRateBasisAndUnverifiedAmountsAndOlderFilesWithoutThemStillImport() throws Exception {
		CoopexUser officer = this.testAids.officer();
		AidData base = TestAids.data("Prêt export " + System.nanoTime(), null, List.of());
		AidData data = new AidData(base.name(), base.shortName(), base.operators(), base.kind(), base.description(),
				base.paysFor(), base.paysForDetails(), null, null, new java.math.BigDecimal("80"), null,
				base.amountDetails(), base.criteria(), base.otherConditions(), base.steps(), base.documents(),
				base.delay(), base.applyWhere(), base.recurrence(), base.opensOn(), base.closesOn(),
				base.periodDetails(), base.status(), base.european(), base.sources(), base.lastVerified(), "du crédit",
				true);
		this.curation.create(officer, data);
		String csv = this.curation.export(officer, Format.CSV);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("rate_basis").contains("amount_unverified");
		assertThat(csv).contains("du crédit");
		CoopexUser other = this.testAids.officer();
		String withoutIds = csv.lines()
			.map((line) -> line.matches("^\"[0-9]+\",.*") ? line.substring(line.indexOf(',')) : line)
			.reduce((a, b) -> a + "\r\n" + b)
			.orElseThrow() + "\r\n";
		this.curation.importFile(other, Format.CSV, withoutIds);
		AidData imported = this.curation.ofAgency(other).get(0).data();
		assertThat(imported.rateBasis()).isEqualTo("du crédit");
		assertThat(imported.amountUnverified()).isTrue();
		// a file written before these columns existed
		String header = String.join(",", CatalogueTransfer.COLUMNS.subList(0, CatalogueTransfer.COLUMNS.size() - 2));
		String row = ",DRAFT,Aide ancienne" + ",".repeat(CatalogueTransfer.COLUMNS.size() - 5);
		CoopexUser third = this.testAids.officer();
		assertThat(this.curation.importFile(third, Format.CSV, header + "\r\n" + row + "\r\n").created()).isEqualTo(1);
		assertThat(this.curation.ofAgency(third).get(0).data().rateBasis()).isNull();
	}

	@Test
	void anotherAgencysAidsAreReadOnly() throws Exception {
		CoopexUser owner = this.testAids.officer();
		long id = this.curation.create(owner,
				TestAids.data("Aide d’une autre agence " + System.nanoTime(), null, List.of()));
		this.curation.publish(owner, id);
		WebSession other = signedIn(this.testAids.officer());
		assertThat(other.get("/aids/" + id).getResponse().getStatus()).isEqualTo(200);
		assertThat(other.get("/aids/manage/" + id + "/edit").getResponse().getStatus()).isEqualTo(403);
		assertThat(
				other.post("/aids/manage/" + id + "/edit", "name", "Piratée", "version", "0").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(other.post("/aids/manage/" + id + "/unpublish").getResponse().getStatus()).isEqualTo(403);
		assertThat(other.get("/aids/manage/export.csv").getResponse().getContentAsString())
			.doesNotContain("Aide d’une autre agence");
		assertThat(this.catalogue.published(id)).isPresent();
		assertThat(this.catalogue.published(id).orElseThrow().data().name()).startsWith("Aide d’une autre agence");
	}

	@Test
	void exportThenImportChangesNothingAndExportsTheSameFile() throws Exception {
		CoopexUser officer = this.testAids.officer();
		AidData rich = new AidData("Aide « complète », avec virgules; \"guillemets\" et\u00a0espaces", "Complète",
				List.of(new AidData.Operator("État français", "finance | instruit"),
						new AidData.Operator("Bpifrance", null)),
				AidKind.LOAN, "Ligne un.", java.util.Set.of(PaysFor.FINANCING, PaysFor.PROSPECTION), "Détails",
				new java.math.BigDecimal("30000.5"), new java.math.BigDecimal("5000000"), null,
				new java.math.BigDecimal("12.25"), "Montants",
				new Criteria(250, 50_000_000L, CompanySize.SME, 3, true, true, false, true, false,
						java.util.Set.of("C", "A"), java.util.Set.of(fr.coopex.companies.Region.GRAND_EST),
						java.util.Set.of(fr.coopex.companies.ExportSituation.NEVER_EXPORTED)),
				List.of("Condition 1", "Condition, 2"), List.of("Étape 1", "Étape 2"), List.of("Kbis"), "3 mois",
				"En ligne", Recurrence.RECURRING, java.time.LocalDate.of(2026, 1, 1),
				java.time.LocalDate.of(2026, 6, 30), "Appels semestriels", AidStatus.OPEN, true,
				List.of("https://example.org/a", "Référence papier"), java.time.LocalDate.of(2026, 1, 2),
				"de la caution", true);
		long first = this.curation.create(officer, rich);
		this.curation.publish(officer, first);
		this.curation.create(officer, TestAids.data("Brouillon minimal " + System.nanoTime(), null, List.of()));
		for (Format format : Format.values()) {
			String exported = this.curation.export(officer, format);
			AidCuration.ImportReport report = this.curation.importFile(officer, format, exported);
			assertThat(report.created() + report.updated()).as(format.name()).isZero();
			assertThat(report.unchanged()).isEqualTo(2);
			assertThat(this.curation.export(officer, format)).as(format.name()).isEqualTo(exported);
		}
		assertThat(this.curation.history(officer, first)).hasSize(2);
		// into another agency, without ids: the same aids are created
		CoopexUser other = this.testAids.officer();
		String csv = this.curation.export(officer, Format.CSV);
		String withoutIds = csv.lines()
			.map((line) -> line.matches("^\"[0-9]+\",.*") ? line.substring(line.indexOf(',')) : line)
			.reduce((a, b) -> a + "\r\n" + b)
			.orElseThrow() + "\r\n";
		assertThat(this.curation.importFile(other, Format.CSV, withoutIds).created()).isEqualTo(2);
		assertThat(this.curation.ofAgency(other)).extracting(AidView::data)
			.containsExactlyInAnyOrderElementsOf(this.curation.ofAgency(officer).stream().map(AidView::data).toList());
	}

	// --- ledger-money: CSV through the platform's helper (issue 13, item 5)

	@Test
	void theCsvExportNeutralisesFormulaCellsAndTheImportRestoresThem() throws Exception {
		CoopexUser officer = this.testAids.officer();
		String name = "=HYPERLINK(\"http://evil.example\";\"Cliquez\") " + System.nanoTime();
		this.curation.create(officer, TestAids.data(name, null, List.of()));
		String csv = this.curation.export(officer, Format.CSV);
		assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain("\"=HYPERLINK(").doesNotContain(",=HYPERLINK(");
		AidCuration.ImportReport report = this.curation.importFile(officer, Format.CSV, csv);
		assertThat(report.unchanged()).isEqualTo(1);
		assertThat(this.curation.ofAgency(officer)).extracting((a) -> a.data().name()).containsExactly(name);
	}

	@Test
	void anImportWithErrorsSaysWhereAndImportsNothing() throws Exception {
		CoopexUser officer = this.testAids.officer();
		String header = String.join(",", CatalogueTransfer.COLUMNS);
		String good = ",DRAFT,Aide correcte" + ",".repeat(CatalogueTransfer.COLUMNS.size() - 3);
		String[] bad = good.split(",", -1);
		bad[2] = "Aide fausse";
		bad[9] = "5000";
		bad[10] = "100";
		String[] badDate = good.split(",", -1);
		badDate[2] = "Aide datée";
		badDate[32] = "31/12/2026";
		String[] foreign = good.split(",", -1);
		foreign[0] = "4";
		String file = header + "\r\n" + good + "\r\n" + String.join(",", bad) + "\r\n" + String.join(",", badDate)
				+ "\r\n" + String.join(",", foreign) + "\r\n";
		String page = upload(officer, "aides.csv", "text/csv", file);
		assertThat(page).contains("Rien n’a été importé")
			.contains("Ligne 4, champ opens_on : Ce n’est pas une date (AAAA-MM-JJ).");
		// the date is refused while reading: the rest is checked once the file reads well
		String fixed = file.replace("31/12/2026", "2026-12-31");
		page = upload(officer, "aides.csv", "text/csv", fixed);
		assertThat(page).contains("Ligne 3, champ amount_max : Le maximum ne peut pas être inférieur au minimum.")
			.contains("Ligne 5, champ id : Cet identifiant ne désigne aucune aide de votre agence");
		assertThat(this.curation.ofAgency(officer)).isEmpty();
		String json = upload(officer, "aides.json", "application/json",
				"[{\"aid\": {\"name\": \"Bonne\"}}, {\"aid\": {\"name\": \"Mauvaise\", \"amountMin\": \"beaucoup\"}}]");
		assertThat(json).contains("Entrée 2, champ amountMin");
		assertThat(this.curation.ofAgency(officer)).isEmpty();
	}

	private String upload(CoopexUser officer, String name, String type, String content) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.multipart("/aids/manage/import")
				.file(new MockMultipartFile("file", name, type, content.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String errorOn(String page, String field) {
		int at = page.indexOf("id=\"" + field + "-error\"");
		assertThat(at).as("an error next to " + field).isPositive();
		return page.substring(at, page.indexOf("</div>", at));
	}

	/** The fields of a rendered form, one of them changed, as name, value pairs. */
	private static String[] formWith(String page, String field, String value) {
		java.util.List<String> pairs = new java.util.ArrayList<>();
		var inputs = java.util.regex.Pattern.compile(
				"<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>|<input[^>]*value=\"([^\"]*)\"[^>]*name=\"([^\"]+)\"[^>]*>")
			.matcher(page);
		while (inputs.find()) {
			String name = inputs.group(1) != null ? inputs.group(1) : inputs.group(4);
			String v = inputs.group(1) != null ? inputs.group(2) : inputs.group(3);
			String tag = inputs.group();
			if (name.equals("_csrf") || ((tag.contains("type=\"checkbox\"")) && !tag.contains("checked"))) {
				continue;
			}
			pairs.add(name);
			pairs.add(name.equals(field) ? value : org.springframework.web.util.HtmlUtils.htmlUnescape(v));
		}
		var areas = java.util.regex.Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")
			.matcher(page);
		while (areas.find()) {
			pairs.add(areas.group(1));
			String text = org.springframework.web.util.HtmlUtils.htmlUnescape(areas.group(2));
			pairs.add(text.startsWith("\n") ? text.substring(1) : text);
		}
		var selects = java.util.regex.Pattern
			.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		while (selects.find()) {
			var selected = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected")
				.matcher(selects.group(2));
			while (selected.find()) {
				pairs.add(selects.group(1));
				pairs.add(selected.group(1));
			}
		}
		return pairs.toArray(String[]::new);
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc);
		session.signIn(user.email(), Fixtures.PASSWORD);
		return session;
	}

}
