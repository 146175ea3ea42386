package fr.coopex.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.shared.security.RequestQuota;
import fr.coopex.support.Fixtures;
import fr.coopex.support.TestMail;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-up of an SME manager: what works, and how each kind of bad input is answered
 * (field by field, in the user's language, with nothing saved).
 */
@IntegrationTest
class RegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void registersAManagerWithTheirCompanyWhoThenSignsIn() throws Exception {
		WebSession browser = new WebSession(this.mvc);
		String email = Fixtures.uniqueEmail("signup");
		MvcResult result = register(browser, "Jeanne Dupont", email, Fixtures.PASSWORD, "Dupont Mécanique",
				Fixtures.uniqueSiren());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(browser.get("/login").getResponse().getContentAsString())
			.contains("Si cette adresse n’avait pas encore de compte, il est créé");
		assertThat(browser.signIn(email, Fixtures.PASSWORD)).isEqualTo("/");
		assertThat(browser.get("/").getResponse().getContentAsString()).contains("Bonjour, Jeanne Dupont")
			.contains("Dupont Mécanique");
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.role()).isEqualTo(fr.coopex.shared.security.Role.MEMBER);
		assertThat(account.organisationKind()).isEqualTo(OrganisationKind.COMPANY);
		await().until(() -> TestMail.to(email), (mails) -> mails.size() == 1);
	}

	@Test
	void acceptsASirenTypedWithSpacesAndStoresItsDigits() throws Exception {
		String siren = Fixtures.uniqueSiren();
		String spaced = siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
		String email = Fixtures.uniqueEmail("spaced");
		register(new WebSession(this.mvc), "Paul Martin", email, Fixtures.PASSWORD, "Martin SAS", spaced);
		assertThat(this.accounts.findByEmail(email)).isPresent();
		// the same company typed without spaces is now taken
		MvcResult again = register(new WebSession(this.mvc), "Luc Martin", Fixtures.uniqueEmail("spaced"),
				Fixtures.PASSWORD, "Martin SAS", siren);
		assertThat(again.getResponse().getContentAsString()).contains("Cette entreprise a déjà un compte Coopex");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					SIREN with letters        | siren       | 12345678A             | ne doit contenir que des chiffres
					SIREN too short           | siren       | 12345678              | exactement 9 chiffres
					SIREN with a wrong key    | siren       | 123456788             | clé de contrôle (algorithme de Luhn) est fausse
					missing SIREN             | siren       | ''                    | Ce champ est obligatoire
					malformed e-mail          | email       | jeanne.dupont@        | Saisissez une adresse e-mail valide
					password too short        | password    | court-123             | au moins 12 caractères
					password in common list   | password    | password1234          | mots de passe les plus courants
					missing name              | displayName | ''                    | Ce champ est obligatoire
					""")
	void refusesBadInputFieldByFieldAndSavesNothing(String label, String field, String value, String message)
			throws Exception {
		String email = Fixtures.uniqueEmail("bad");
		String[] form = { "displayName", "Jeanne Dupont", "email", email, "password", Fixtures.PASSWORD, "legalName",
				"Dupont SARL", "siren", Fixtures.uniqueSiren() };
		for (int i = 0; i < form.length; i += 2) {
			if (form[i].equals(field)) {
				form[i + 1] = value;
			}
		}
		MvcResult result = new WebSession(this.mvc).post("/register", form);
		String page = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(page).contains("id=\"" + field + "-error\"").contains(message);
		assertThat(page).contains("aria-invalid=\"true\"");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void refusesOverLongFieldsWithTheirLimit() throws Exception {
		String email = Fixtures.uniqueEmail("long");
		MvcResult result = register(new WebSession(this.mvc), "J".repeat(121), email, Fixtures.PASSWORD,
				"S".repeat(201), Fixtures.uniqueSiren());
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("ne doit pas dépasser 120 caractères")
			.contains("ne doit pas dépasser 200 caractères");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void asksASecondSignUpForTheSameCompanyToBeInvitedInstead() throws Exception {
		String siren = Fixtures.uniqueSiren();
		register(new WebSession(this.mvc), "Première Personne", Fixtures.uniqueEmail("first"), Fixtures.PASSWORD,
				"Entreprise Unique", siren);
		String second = Fixtures.uniqueEmail("second");
		MvcResult result = register(new WebSession(this.mvc), "Seconde Personne", second, Fixtures.PASSWORD,
				"Entreprise Unique", siren);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"siren-error\"")
			.contains("Demandez à la personne qui gère ce compte de vous inviter");
		assertThat(this.accounts.findByEmail(second)).isEmpty();
	}

	@Test
	void answersTheSameWhetherTheEmailHasAnAccountAndMailsItsOwnerInstead() throws Exception {
		String email = Fixtures.uniqueEmail("dup");
		MvcResult first = register(new WebSession(this.mvc, "192.0.2.81"), "Une Personne", email, Fixtures.PASSWORD,
				"Une Entreprise", Fixtures.uniqueSiren());
		String siren = Fixtures.uniqueSiren();
		MvcResult again = register(new WebSession(this.mvc, "192.0.2.82"), "Autre Personne", email.toUpperCase(),
				"another long passphrase", "Autre Entreprise", siren);
		assertThat(again.getResponse().getStatus()).isEqualTo(first.getResponse().getStatus());
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(again.getFlashMap().get("message")).isEqualTo(first.getFlashMap().get("message"));
		// nothing was created, and the address's owner is told
		assertThat(this.accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Une Personne");
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where siren = ?", Integer.class, siren))
			.isZero();
		var mails = await().until(() -> TestMail.to(email), (received) -> received.size() == 2);
		assertThat(mails).anySatisfy((mail) -> assertThat(TestMail.body(mail)).contains("/password/forgot"));
	}

	@Test
	void throttlesSignUpsPerClient() throws Exception {
		String address = "198.51.100.201";
		for (int i = 0; i < RequestQuota.PER_CLIENT; i++) {
			assertThat(register(new WebSession(this.mvc, address), "Personne " + i, Fixtures.uniqueEmail("flood"),
					Fixtures.PASSWORD, "Entreprise " + i, Fixtures.uniqueSiren())
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/login");
		}
		String email = Fixtures.uniqueEmail("flood");
		MvcResult refused = register(new WebSession(this.mvc, address), "Une de trop", email, Fixtures.PASSWORD,
				"Entreprise de trop", Fixtures.uniqueSiren());
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("Trop de demandes depuis votre connexion");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		// another client is not held up
		assertThat(register(new WebSession(this.mvc, "198.51.100.202"), "Autre client", Fixtures.uniqueEmail("other"),
				Fixtures.PASSWORD, "Autre client SAS", Fixtures.uniqueSiren())
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void answersInEnglishWhenTheUserChoseEnglish() throws Exception {
		WebSession browser = new WebSession(this.mvc);
		browser.get("/register?lang=en");
		MvcResult result = register(browser, "Jane Doe", Fixtures.uniqueEmail("en"), Fixtures.PASSWORD, "Doe Ltd",
				"123456788");
		assertThat(result.getResponse().getContentAsString()).contains("its check digit (Luhn algorithm) is wrong");
	}

	@Test
	void refusesAFormPostedWithoutCsrfTokenWithTheStyledPage() throws Exception {
		String email = Fixtures.uniqueEmail("nocsrf");
		MvcResult result = this.mvc
			.perform(post("/register").accept(MediaType.TEXT_HTML)
				.param("displayName", "Sans Jeton")
				.param("email", email)
				.param("password", Fixtures.PASSWORD)
				.param("legalName", "Sans Jeton SAS")
				.param("siren", Fixtures.uniqueSiren()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	private static MvcResult register(WebSession browser, String name, String email, String password, String legalName,
			String siren) throws Exception {
		return browser.post("/register", "displayName", name, "email", email, "password", password, "legalName",
				legalName, "siren", siren);
	}

}
