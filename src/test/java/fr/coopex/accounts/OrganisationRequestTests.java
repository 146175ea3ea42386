package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.validation.Luhn;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Coordination bodies and agencies ask for an account; the admin approves (organisation
 * created, first officer invited) or refuses (reason e-mailed); the invitation link works
 * once, for seven days.
 */
@IntegrationTest
class OrganisationRequestTests {

	private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcTemplate jdbc;

	/** A valid SIRET never used before in this run. */
	static String uniqueSiret() {
		String start = Fixtures.uniqueSiren() + "0001";
		for (int check = 0; check <= 9; check++) {
			if (Luhn.isValid(start + check)) {
				return start + check;
			}
		}
		throw new IllegalStateException();
	}

	static String[] form(String name, String siret, String email) {
		return new String[] { "organisation.name", name, "organisation.category", "CHAMBER_OF_COMMERCE",
				"organisation.siret", siret, "scope.regions", "BOURGOGNE_FRANCHE_COMTE", "organisation.website",
				"https://www.cci.example.fr", "applicantName", "Claire Martin", "email", email, "applicantRole",
				"Chargée de mission export", "motivation", "Coordonner un écosystème de PME exportatrices." };
	}

	@Test
	void aCoordinationBodyAsksTheAdminApprovesAndItsOfficerJoinsAsManager() throws Exception {
		String email = Fixtures.uniqueEmail("cci");
		String name = "CCI Test " + System.nanoTime();
		MvcResult sent = new WebSession(this.mvc).post("/register/coordination", form(name, uniqueSiret(), email));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		assertThat(text(TestMail.to(email).get(0))).contains("bien reçu la demande").contains(name);

		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String list = this.mvc.perform(get("/admin/requests").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(name).contains("annuaire-entreprises.data.gouv.fr");
		long id = requestId(email);
		MvcResult approved = this.mvc.perform(post("/admin/requests/" + id + "/approve").with(user(admin)).with(csrf()))
			.andReturn();
		assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/admin/requests");
		long organisationId = this.jdbc.queryForObject("select organisation_id from organisation_request where id = ?",
				Long.class, id);
		assertThat(this.organisations.details(organisationId).orElseThrow().scope().regions())
			.containsExactly("BOURGOGNE_FRANCHE_COMTE");

		String token = invitationToken(email);
		WebSession officer = new WebSession(this.mvc);
		assertThat(officer.get("/invite/" + token).getResponse().getContentAsString()).contains(name);
		MvcResult joined = officer.post("/invite/" + token, "displayName", "Claire Martin", "password",
				Fixtures.PASSWORD);
		assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/");
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.role()).isEqualTo(Role.COORDINATOR);
		assertThat(account.organisationId()).isEqualTo(organisationId);
		assertThat(
				this.jdbc.queryForObject("select manager from user_account where id = ?", Boolean.class, account.id()))
			.isTrue();

		// the link works once
		String again = new WebSession(this.mvc).get("/invite/" + token).getResponse().getContentAsString();
		assertThat(again).contains("id=\"invitation-used\"").doesNotContain("name=\"password\"");
		MvcResult reused = new WebSession(this.mvc).post("/invite/" + token, "displayName", "Intrus", "password",
				Fixtures.PASSWORD);
		assertThat(reused.getResponse().getContentAsString()).contains("id=\"invitation-used\"");
	}

	@Test
	void theAdminRefusesWithAReasonThatIsEmailed() throws Exception {
		String email = Fixtures.uniqueEmail("refused");
		new WebSession(this.mvc).post("/register/coordination", form("Conseil Refusé", uniqueSiret(), email));
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		long id = requestId(email);
		String empty = this.mvc
			.perform(post("/admin/requests/" + id + "/refuse").param("reason", " ").with(user(admin)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("id=\"reason-error-" + id + "\"").contains("Ce champ est obligatoire");
		assertThat(status(id)).isEqualTo("PENDING");
		this.mvc.perform(post("/admin/requests/" + id + "/refuse").param("reason", "Hors du périmètre de la plateforme")
			.with(user(admin))
			.with(csrf()));
		assertThat(status(id)).isEqualTo("REFUSED");
		assertThat(TestMail.to(email)).hasSize(2);
		assertThat(text(TestMail.to(email).get(1))).contains("Hors du périmètre de la plateforme");
		// decided: cannot be approved any more
		this.mvc.perform(post("/admin/requests/" + id + "/approve").with(user(admin)).with(csrf()));
		assertThat(status(id)).isEqualTo("REFUSED");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void aSecondRequestForTheSameSiretWhileOneIsPendingIsRefused() throws Exception {
		String siret = uniqueSiret();
		new WebSession(this.mvc).post("/register/agency", form("Agence Une", siret, Fixtures.uniqueEmail("a1")));
		String second = Fixtures.uniqueEmail("a2");
		MvcResult result = new WebSession(this.mvc).post("/register/agency", form("Agence Deux", siret, second));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"organisation.siret-error\"")
			.contains("Une demande pour ce SIRET est déjà en cours d’examen");
		assertThat(count(second)).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			empty name              | organisation.name    | ''                  | Ce champ est obligatoire
			name too long           | organisation.name    | LONG                | ne doit pas dépasser 200 caractères
			wrong SIRET key         | organisation.siret   | 12345678900011      | clé de contrôle est fausse
			SIRET with letters      | organisation.siret   | 1234567890001A      | ne doit contenir que des chiffres
			unknown region          | scope.regions        | ATLANTIDE           | Cette région n’existe pas
			no region nor national  | scope.regions        | ''                  | au moins une région
			malformed e-mail        | email                | claire@             | adresse e-mail valide
			empty motivation        | motivation           | ''                  | Ce champ est obligatoire
			website not http        | organisation.website | javascript:alert(1) | http:// ou https://
			""")
	void badInputShowsTheFormAgainWithTheReasonAndSavesNothing(String label, String field, String value, String message)
			throws Exception {
		String email = Fixtures.uniqueEmail("bad");
		String[] form = form("CCI Mauvaise Saisie", uniqueSiret(), email);
		for (int i = 0; i < form.length; i += 2) {
			if (form[i].equals(field)) {
				form[i + 1] = "LONG".equals(value) ? "N".repeat(201) : value;
			}
		}
		MvcResult result = new WebSession(this.mvc).post("/register/coordination", form);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"" + field + "-error\"").contains(message);
		assertThat(count(email)).isZero();
		assertThat(TestMail.to(email)).isEmpty();
	}

	@Test
	void anExpiredInvitationSaysSoAndSendsANewLinkToTheSameAddress() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String email = Fixtures.uniqueEmail("late");
		long organisationId = this.organisations.create(admin, draft(OrganisationKind.COORDINATION_BODY), email,
				java.util.Locale.FRENCH);
		String token = invitationToken(email);
		this.jdbc.update("update account_invitation set expires_at = ? where organisation_id = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), organisationId);
		WebSession late = new WebSession(this.mvc);
		assertThat(late.get("/invite/" + token).getResponse().getContentAsString())
			.contains("id=\"invitation-expired\"")
			.doesNotContain("name=\"password\"");
		MvcResult refused = late.post("/invite/" + token, "displayName", "En Retard", "password", Fixtures.PASSWORD);
		assertThat(refused.getResponse().getContentAsString()).contains("id=\"invitation-expired\"");
		assertThat(this.accounts.findByEmail(email)).isEmpty();

		assertThat(late.post("/invite/" + token + "/renew").getResponse().getRedirectedUrl()).isEqualTo("/");
		String renewed = invitationToken(email);
		assertThat(renewed).isNotEqualTo(token);
		assertThat(late.post("/invite/" + renewed, "displayName", "À Temps", "password", Fixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		assertThat(this.accounts.findByEmail(email)).isPresent();
	}

	@Test
	void anAgencyOfficerSetsUpTheSecondFactorBeforeGoingFurther() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String email = Fixtures.uniqueEmail("agent");
		this.organisations.create(admin, draft(OrganisationKind.AGENCY), email, java.util.Locale.FRENCH);
		WebSession officer = new WebSession(this.mvc);
		String token = invitationToken(email);
		assertThat(officer.get("/invite/" + token).getResponse().getContentAsString()).contains("deuxième facteur");
		MvcResult joined = officer.post("/invite/" + token, "displayName", "Agent Public", "password",
				Fixtures.PASSWORD);
		assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor/setup");
		assertThat(officer.get("/aids/manage").getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
		assertThat(officer.get("/login/second-factor/setup").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.AGENCY);
	}

	static OrganisationManagement.OrganisationDraft draft(OrganisationKind kind) {
		return new OrganisationManagement.OrganisationDraft(kind,
				kind == OrganisationKind.COORDINATION_BODY ? CoordinationCategory.CONSULTANCY : null,
				"Organisation " + System.nanoTime(), uniqueSiret(), null, new Scope(true, List.of()), null);
	}

	static String invitationToken(String email) throws Exception {
		List<MimeMessage> messages = TestMail.to(email);
		for (int i = messages.size() - 1; i >= 0; i--) {
			Matcher matcher = LINK.matcher(text(messages.get(i)));
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No invitation sent to " + email);
	}

	/** The decoded text of a message. */
	static String text(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	private long requestId(String email) {
		return this.jdbc.queryForObject("select id from organisation_request where applicant_email = ?", Long.class,
				email);
	}

	private int count(String email) {
		return this.jdbc.queryForObject("select count(*) from organisation_request where applicant_email = ?",
				Integer.class, email);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from organisation_request where id = ?", String.class, id);
	}

}
