package fr.coopex.labels;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.labels.LabelFixtures.Eco;
import fr.coopex.labels.LabelFixtures.Granted;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The labelling pages end to end over HTTP: an agency's scheme form, a coordinator's
 * application (documents refused with a message), the review with a decision taken on a
 * stale page, the public registry, label page, badge, CSV and API, and the competitor
 * wall on evidence packs.
 */
@IntegrationTest
class LabelPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LabelFixtures labels;

	@Autowired
	LabelSchemes schemes;

	@Autowired
	ApplicationReader reader;

	@Autowired
	LabelReviewing reviewing;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOfficerWritesAndPublishesASchemeWithinTheAgencysJurisdiction() throws Exception {
		CoopexUser officer = this.labels.officer("GRAND_EST", "HAUTS_DE_FRANCE");
		MvcResult outside = perform(scheme(post("/agency/labels/schemes/new"), "BRETAGNE"), officer);
		assertThat(outside.getResponse().getStatus()).isEqualTo(200);
		assertThat(outside.getResponse().getContentAsString()).contains("hors du périmètre de votre agence");
		assertThat(this.schemes.ofAgency(officer)).isEmpty();

		MvcResult created = perform(scheme(post("/agency/labels/schemes/new"), "GRAND_EST"), officer);
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		SchemeView scheme = this.schemes.ofAgency(officer).get(0);
		assertThat(scheme.criteria()).hasSize(2);
		assertThat(scheme.criteria().get(0).threshold()).isEqualByComparingTo("2.5");
		assertThat(perform(get("/agency/labels/schemes/" + scheme.id() + "/edit"), officer).getResponse()
			.getContentAsString()).contains("Label des pages").contains("Brouillon");
		assertThat(
				perform(post("/agency/labels/schemes/" + scheme.id() + "/publish"), officer).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(this.schemes.find(scheme.id()).orElseThrow().status()).isEqualTo(SchemeStatus.PUBLISHED);
		assertThat(perform(get("/agency/labels/schemes"), officer).getResponse().getContentAsString())
			.contains("Publié");
	}

	@Test
	void aCoordinatorAppliesThroughThePagesAndAWrongFileIsRefusedWithAMessage() throws Exception {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		assertThat(perform(get("/labels/ecosystems/" + eco.id()), eco.leader()).getResponse().getContentAsString())
			.contains(scheme.nameFr());
		MvcResult applied = perform(
				post("/labels/ecosystems/" + eco.id() + "/apply").param("scheme", Long.toString(scheme.id())),
				eco.leader());
		String location = applied.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/labels/applications/");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String page = perform(get(location), eco.leader()).getResponse().getContentAsString();
		assertThat(page).contains("Entreprises membres actives")
			.contains("Nombre d’entreprises dont l’adhésion est active");

		long document = LabelFixtures.criterion(scheme, CriterionKind.DOCUMENT);
		MvcResult refused = perform(
				MockMvcRequestBuilders.multipart(location + "/documents/" + document)
					.file(new MockMultipartFile("file", "faux.pdf", "application/pdf", LabelFixtures.notPdf())),
				eco.leader());
		assertThat(refused.getResponse().getStatus()).isEqualTo(302);
		assertThat(flash(refused)).containsEntry("error", "labels.document.not-pdf");
		assertThat(this.reader.view(eco.leader(), id).documents()).isEmpty();

		perform(MockMvcRequestBuilders.multipart(location + "/documents/" + document)
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", LabelFixtures.pdf("Rapport"))),
				eco.leader());
		perform(post(location + "/answers/" + LabelFixtures.criterion(scheme, CriterionKind.DECLARATION))
			.param("answer", "Un comité mensuel."), eco.leader());
		assertThat(flash(perform(post(location + "/submit"), eco.leader()))).containsEntry("message",
				"labels.application.submitted");
		assertThat(this.reader.view(eco.leader(), id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
		long doc = this.reader.view(eco.leader(), id).documents().get(0).id();
		MvcResult pdf = perform(get(location + "/documents/" + doc), officer);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(perform(get(location + "/documents/" + doc), eco.member()).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aDecisionTakenOnAStalePageIsRefusedAndTheOfficerIsTold() throws Exception {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		long id = this.labels.submitted(this.labels.ecosystem(), scheme);
		long seen = this.reader.view(officer, id).version();
		assertThat(flash(
				perform(post("/labels/applications/" + id + "/review/take-up").param("version", "" + seen), officer)))
			.containsEntry("message", "labels.review.done");

		MvcResult stale = perform(post("/labels/applications/" + id + "/review/take-up").param("version", "" + seen),
				officer);

		assertThat(flash(stale)).containsEntry("error", "labels.conflict");
		assertThat(perform(get("/labels/applications/" + id), officer).getResponse().getContentAsString())
			.contains("Accorder le label");
	}

	@Test
	void theRegistryTheLabelPageTheBadgeTheCsvAndTheApiShowALabelToAnyone() throws Exception {
		Granted granted = this.labels.granted();
		String number = granted.number();
		assertThat(perform(get("/labels"), null).getResponse().getContentAsString()).contains(number);
		assertThat(perform(get("/labels").param("region", "BRETAGNE"), null).getResponse().getContentAsString())
			.doesNotContain(number);
		assertThat(perform(get("/labels").param("sector", "28").param("market", "DE"), null).getResponse()
			.getContentAsString()).contains(number);
		String page = perform(get("/labels/" + number), null).getResponse().getContentAsString();
		assertThat(page).contains("Au moins deux membres actifs")
			.contains("Valide")
			.contains(granted.scheme().nameFr());
		MvcResult badge = perform(get("/labels/" + number + "/badge.svg"), null);
		assertThat(badge.getResponse().getContentType()).startsWith("image/svg+xml");
		assertThat(badge.getResponse().getContentAsString()).contains("Valide").contains(number);
		assertThat(perform(
				get("/labels/" + number + "/badge.svg").header("If-None-Match", badge.getResponse().getHeader("ETag")),
				null)
			.getResponse()
			.getStatus()).isEqualTo(304);
		assertThat(perform(get("/labels.csv"), null).getResponse().getContentAsString()).contains(number);
		MvcResult api = perform(get("/api/labels/" + number).header("Origin", "https://data.example.org"), null);
		assertThat(api.getResponse().getContentAsString()).contains("\"number\":\"" + number + "\"")
			.contains("\"VALID\"");
		assertThat(api.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(api.getResponse().getHeader("ETag")).isNotNull();
		assertThat(perform(get("/api/labels"), null).getResponse().getContentAsString()).contains(number);
		assertThat(perform(get("/v3/api-docs"), null).getResponse().getContentAsString())
			.contains("/api/labels/{number}");
		assertThat(perform(get("/ecosystems/" + granted.ecosystem().id()), granted.ecosystem().member()).getResponse()
			.getContentAsString()).contains("Valide").contains("/labels/" + number);

		this.reviewing.withdraw(granted.officer(), granted.applicationId(),
				this.reader.view(granted.officer(), granted.applicationId()).version(), "Charte non respectée");
		assertThat(perform(get("/labels/" + number + "/badge.svg"), null).getResponse().getContentAsString())
			.contains("Retiré");
		assertThat(perform(get("/api/labels/" + number), null).getResponse().getContentAsString())
			.contains("\"WITHDRAWN\"");
	}

	@Test
	void noPrivateFieldOfAMemberCompanyAppearsInAnEvidencePackOrTheRegistry() throws Exception {
		CoopexUser officer = this.labels.officer("GRAND_EST");
		SchemeView scheme = this.labels.publishedScheme(officer);
		Eco eco = this.labels.ecosystem();
		String marker = "MARQUEUR-PRIVE-" + System.nanoTime();
		this.jdbc.update(
				"update company_profile set products = ?, keywords = ?, certifications = ?, group_name = ?, "
						+ "innovation_label = ?, address = ? where company_id in (?, ?)",
				marker, marker, marker, marker, marker, marker, eco.leader().organisationId(),
				eco.member().organisationId());
		long id = this.labels.submitted(eco, scheme);
		this.reviewing.takeUp(officer, id, this.reader.view(officer, id).version());
		String number = this.reviewing.grant(officer, id, this.reader.view(officer, id).version());

		for (String url : new String[] { "/labels/applications/" + id, "/labels/" + number, "/labels",
				"/api/labels/" + number, "/labels.csv", "/agency/labels/applications" }) {
			assertThat(perform(get(url), officer).getResponse().getContentAsString()).as(url).doesNotContain(marker);
		}
		assertThat(perform(get("/labels/applications/" + id), eco.leader()).getResponse().getContentAsString())
			.doesNotContain(marker);
	}

	private static AbstractMockHttpServletRequestBuilder<?> scheme(AbstractMockHttpServletRequestBuilder<?> request,
			String region) {
		return request.param("nameFr", "Label des pages")
			.param("descriptionFr", "Pour les écosystèmes qui exportent.")
			.param("regions", region)
			.param("sectors", "28")
			.param("validityMonths", "24")
			.param("criteria[0].kind", "INDICATOR")
			.param("criteria[0].textFr", "Au moins deux membres et demi")
			.param("criteria[0].indicator", "ACTIVE_MEMBERS")
			.param("criteria[0].comparison", "AT_LEAST")
			.param("criteria[0].threshold", "2,5")
			.param("criteria[1].kind", "DOCUMENT")
			.param("criteria[1].textFr", "Rapport d’activité")
			.param("criteria[1].indicator", "")
			.param("criteria[2].kind", "INDICATOR")
			.param("criteria[2].textFr", "");
	}

	private static java.util.Map<String, Object> flash(MvcResult result) {
		return result.getFlashMap();
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, CoopexUser who) throws Exception {
		request.with(csrf());
		if (who != null) {
			request.with(user(who));
		}
		return this.mvc.perform(request).andReturn();
	}

}
