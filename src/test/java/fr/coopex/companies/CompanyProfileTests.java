package fr.coopex.companies;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.validation.Luhn;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A company edits its profile and invites colleagues, through the web pages: each kind of
 * bad input is answered next to its field, in French, with nothing saved; edits made at
 * the same time do not overwrite each other; invitation links work once, for a week.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyProfileTests {

	private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitations/([A-Za-z0-9_-]+)");

	private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** The company whose profile the bad input tests try to spoil. */
	CoopexUser member;

	WebSession browser;

	@BeforeAll
	void signInAMember() throws Exception {
		this.member = this.fixtures.member();
		this.browser = signedIn(this.member);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					SIRET with a wrong key           | siret            | {wrong-key}               | siret-error           | sa clé de contrôle est fausse
					SIRET of another company         | siret            | {other-siren}             | siret-error           | Ce SIRET n’appartient pas à votre entreprise
					SIRET with letters               | siret            | 1234567890123A            | siret-error           | ne doit contenir que des chiffres
					SIRET too short                  | siret            | 123456789                 | siret-error           | compte exactement 14 chiffres
					unknown NAF code                 | nafCode          | 99.99Z                    | nafCode-error         | Ce code NAF n’existe pas
					NAF code that is not a sub-class | nafCode          | 28.41                     | nafCode-error         | Ce code NAF n’existe pas
					founded before 1800              | foundedYear      | 1700                      | foundedYear-error     | entre 1800 et l’année en cours
					founded in the future            | foundedYear      | 2099                      | foundedYear-error     | entre 1800 et l’année en cours
					founded year not a number        | foundedYear      | mil neuf cent             | foundedYear-error     | Cette valeur n’est pas valide
					export share of 150 %            | exportShare      | 150                       | exportShare-error     | au plus 100
					negative export share            | exportShare      | -5                        | exportShare-error     | au moins 0
					over-long trade name             | tradeName        | {201}                     | tradeName-error       | ne doit pas dépasser 200 caractères
					script as website                | website          | javascript:alert(1)       | website-error         | Saisissez une adresse de site
					data URL as website              | website          | data:text/html,<b>x</b>   | website-error         | Saisissez une adresse de site
					unknown market served            | marketsServed    | XX                        | invalid-feedback      | Ce marché est inconnu
					unknown zone targeted            | marketsTargeted  | Z-MARS                    | invalid-feedback      | Ce marché est inconnu
					missing legal name               | legalName        | ''                        | legalName-error       | Ce champ est obligatoire
					""")
	void refusesBadInputNextToItsFieldAndSavesNothing(String label, String field, String value, String where,
			String message) throws Exception {
		CompanyCard before = this.companies.ownProfile(this.member);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", Long.toString(before.version()));
		fields.put("legalName", before.legalName());
		fields.put("tradeName", "Nom correct");
		fields.put(field, resolve(value, before));
		String[] form = fields.entrySet()
			.stream()
			.flatMap((entry) -> Stream.of(entry.getKey(), entry.getValue()))
			.toArray(String[]::new);
		MvcResult result = this.browser.post("/account/company", form);
		String page = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(label).isEqualTo(200);
		assertThat(page).as(label).contains(message);
		if (where.endsWith("-error")) {
			// the message sits in the element the field points to
			assertThat(page).contains("id=\"" + where + "\"");
			int at = page.indexOf("id=\"" + where + "\"");
			assertThat(page.substring(at, page.indexOf("</div>", at))).contains(message);
		}
		else {
			assertThat(page).contains("class=\"invalid-feedback\"");
		}
		CompanyCard after = this.companies.ownProfile(this.member);
		assertThat(after.version()).as(label + ": nothing saved").isEqualTo(before.version());
		assertThat(after.tradeName()).isEqualTo(before.tradeName());
		assertThat(after).isEqualTo(before);
	}

	@Test
	void theProfilePageShowsHowCompleteItIsAndWhatToFillIn() throws Exception {
		CoopexUser owner = this.fixtures.member();
		WebSession session = signedIn(owner);
		CompanyCard before = this.companies.ownProfile(owner);
		assertThat(before.missingFields()).contains(ProfileField.NAF, ProfileField.WEBSITE, ProfileField.PRODUCTS);
		String empty = session.get("/account/company").getResponse().getContentAsString();
		assertThat(empty).contains("id=\"profile-completeness\"")
			.contains("Profil complet à " + before.completeness() + " %")
			.contains("code NAF");
		session.post("/account/company", "version", Long.toString(before.version()), "legalName", before.legalName(),
				"nafCode", "28.41Z", "website", "www.exemple-complet.fr");
		CompanyCard after = this.companies.ownProfile(owner);
		assertThat(after.completeness()).isGreaterThan(before.completeness());
		assertThat(after.missingFields()).doesNotContain(ProfileField.NAF, ProfileField.WEBSITE);
		String filled = session.get("/account/company").getResponse().getContentAsString();
		assertThat(filled).contains("Profil complet à " + after.completeness() + " %");
		// the markets come with a filter that a script shows (the list works without it)
		assertThat(filled).contains("id=\"marketsTargeted-filter\"").contains("/js/market-picker");
	}

	@Test
	void savesAValidProfileAndShowsIt() throws Exception {
		CoopexUser owner = this.fixtures.member();
		WebSession session = signedIn(owner);
		CompanyCard before = this.companies.ownProfile(owner);
		String siret = siretOf(before.siren(), true);
		MvcResult result = session.post("/account/company", "version", Long.toString(before.version()), "legalName",
				before.legalName(), "tradeName", "Forges du Val", "siret",
				siret.substring(0, 3) + " " + siret.substring(3), "nafCode", "28.41z", "website",
				"www.forges-du-val.fr", "foundedYear", "1998", "exportShare", "100", "marketsServed", "DE",
				"marketsTargeted", "Z-MAGHREB", "visibilities[TRADE_NAME]", "PUBLIC");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/companies/" + owner.organisationId());
		CompanyCard after = this.companies.ownProfile(owner);
		assertThat(after.siret()).isEqualTo(siret);
		assertThat(after.nafCode()).isEqualTo("28.41Z");
		assertThat(after.website()).isEqualTo("https://www.forges-du-val.fr");
		assertThat(after.exportShare()).isEqualTo(100);
		assertThat(session.get("/companies/" + owner.organisationId()).getResponse().getContentAsString())
			.contains("Forges du Val")
			.contains("Profil enregistré");
	}

	@Test
	void aStaleEditIsRefusedAndDoesNotOverwriteTheOtherOne() throws Exception {
		CoopexUser owner = this.fixtures.member();
		WebSession first = signedIn(owner);
		WebSession second = signedIn(owner);
		String version = version(first.get("/account/company").getResponse().getContentAsString());
		assertThat(version(second.get("/account/company").getResponse().getContentAsString())).isEqualTo(version);
		String legalName = this.companies.ownProfile(owner).legalName();

		MvcResult saved = first.post("/account/company", "version", version, "legalName", legalName, "tradeName",
				"Premier enregistré", "products", "Engrenages");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/companies/" + owner.organisationId());
		MvcResult stale = second.post("/account/company", "version", version, "legalName", legalName, "tradeName",
				"Second écrasé", "products", "Rien");
		assertThat(stale.getResponse().getStatus()).isEqualTo(200);
		assertThat(stale.getResponse().getContentAsString())
			.contains("Quelqu’un a modifié ce profil pendant que vous le remplissiez");

		CompanyCard now = this.companies.ownProfile(owner);
		assertThat(now.tradeName()).isEqualTo("Premier enregistré");
		assertThat(now.products()).isEqualTo("Engrenages");
		assertThat(now.version()).isEqualTo(Long.parseLong(version) + 1);
	}

	@Test
	void showsHtmlTypedInAProfileAsText() throws Exception {
		CoopexUser owner = this.fixtures.member();
		WebSession session = signedIn(owner);
		CompanyCard before = this.companies.ownProfile(owner);
		session.post("/account/company", "version", Long.toString(before.version()), "legalName", before.legalName(),
				"tradeName", "<b>Gras</b> & Fils", "products",
				"<script>alert('piège')</script><img src=x onerror=alert(1)>", "keywords", "\"><svg onload=alert(1)>");
		assertThat(this.companies.ownProfile(owner).products()).startsWith("<script>");
		String page = signedIn(this.fixtures.member()).get("/companies/" + owner.organisationId())
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;b&gt;Gras&lt;/b&gt; &amp; Fils")
			.contains("&lt;script&gt;alert(")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;");
		assertThat(page).doesNotContain("<b>Gras</b>", "<script>alert", "<img src=x", "<svg onload");
	}

	@Test
	void theVisibilityChosenOnTheEditPageDecidesWhatOthersSee() throws Exception {
		CoopexUser owner = this.fixtures.member();
		WebSession session = signedIn(owner);
		// a new profile offers each field's default: reticences and turnover private
		String form = session.get("/account/company").getResponse().getContentAsString();
		assertThat(selected(form, "RETICENCES")).isEqualTo("PRIVATE");
		assertThat(selected(form, "TURNOVER")).isEqualTo("PRIVATE");
		assertThat(selected(form, "TRADE_NAME")).isEqualTo("PUBLIC");
		CompanyCard before = this.companies.ownProfile(owner);
		String tradeName = "Enseigne discrète " + System.nanoTime();
		// turnover made public, the trade name private, reticences left at their default
		MvcResult saved = session.post("/account/company", "version", Long.toString(before.version()), "legalName",
				before.legalName(), "tradeName", tradeName, "turnover", "FROM_2M_TO_10M", "reticences", "TRUST",
				"visibilities[TURNOVER]", "PUBLIC", "visibilities[TRADE_NAME]", "PRIVATE");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/companies/" + owner.organisationId());
		CompanyCard own = this.companies.ownProfile(owner);
		assertThat(own.visibilities()).containsEntry(ProfileField.TURNOVER, Visibility.PUBLIC)
			.containsEntry(ProfileField.TRADE_NAME, Visibility.PRIVATE)
			.containsEntry(ProfileField.RETICENCES, Visibility.PRIVATE);
		assertThat(own.reticences()).containsExactly(Reticence.TRUST);

		CoopexUser other = this.fixtures.member();
		String seenPage = signedIn(other).get("/companies/" + owner.organisationId())
			.getResponse()
			.getContentAsString();
		assertThat(profile(seenPage)).contains("2 à 10 M€").doesNotContain("Confiance");
		assertThat(seenPage).doesNotContain(tradeName);
		CompanyCard card = this.companies.card(other, owner.organisationId()).orElseThrow();
		assertThat(card.turnover()).isEqualTo(TurnoverBand.FROM_2M_TO_10M);
		assertThat(card.tradeName()).isNull();
		assertThat(card.reticences()).isEmpty();
		// the company itself still sees all of it
		assertThat(session.get("/companies/" + owner.organisationId()).getResponse().getContentAsString())
			.contains("2 à 10 M€", tradeName, "Confiance");

		// and back: the edit page shows the choices made, and the reverse choice hides
		// the turnover
		form = session.get("/account/company").getResponse().getContentAsString();
		assertThat(selected(form, "TURNOVER")).isEqualTo("PUBLIC");
		assertThat(selected(form, "TRADE_NAME")).isEqualTo("PRIVATE");
		session.post("/account/company", "version", version(form), "legalName", before.legalName(), "tradeName",
				tradeName, "turnover", "FROM_2M_TO_10M", "reticences", "TRUST", "visibilities[TURNOVER]", "PRIVATE",
				"visibilities[TRADE_NAME]", "PUBLIC", "visibilities[RETICENCES]", "PUBLIC");
		String page = signedIn(other).get("/companies/" + owner.organisationId()).getResponse().getContentAsString();
		assertThat(profile(page)).doesNotContain("2 à 10 M€").contains("Confiance");
		assertThat(page).contains(tradeName);
	}

	@Test
	void aColleagueInvitedByEmailJoinsTheSameCompanyAndIsSignedIn() throws Exception {
		String email = Fixtures.uniqueEmail("colleague");
		MvcResult invited = this.browser.post("/account/company/colleagues", "email", email);
		assertThat(invited.getResponse().getRedirectedUrl()).isEqualTo("/account/company/colleagues");
		assertThat(this.browser.get("/account/company/colleagues").getResponse().getContentAsString()).contains(email)
			.contains("Invitation envoyée");

		MimeMessage mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> TestMail.to(email), (list) -> !list.isEmpty())
			.get(0);
		assertThat(mail.getSubject()).contains(this.member.organisationName());
		Matcher link = INVITATION_LINK.matcher(TestMail.body(mail));
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		WebSession colleague = new WebSession(this.mvc, "198.51.100.41");
		assertThat(colleague.get("/invitations/" + token).getResponse().getContentAsString()).contains(email)
			.contains(this.member.organisationName());
		MvcResult accepted = colleague.post("/invitations/" + token, "displayName", "Claire Collègue", "password",
				Fixtures.PASSWORD);
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(colleague.get("/").getResponse().getContentAsString()).contains("Bonjour, Claire Collègue")
			.contains(this.member.organisationName());
		assertThat(colleague.get("/account/company").getResponse().getStatus()).isEqualTo(200);
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.role()).isEqualTo(Role.MEMBER);
		assertThat(account.organisationId()).isEqualTo(this.member.organisationId());

		// the link served once
		WebSession again = new WebSession(this.mvc, "198.51.100.42");
		assertThat(again.get("/invitations/" + token).getResponse().getContentAsString())
			.contains("Cette invitation n’est plus valable");
		MvcResult reused = again.post("/invitations/" + token, "displayName", "Usurpateur", "password",
				Fixtures.PASSWORD);
		assertThat(reused.getResponse().getStatus()).isEqualTo(200);
		assertThat(reused.getResponse().getContentAsString()).contains("Cette invitation n’est plus valable");
		assertThat(this.accounts.members(this.member.organisationId())).extracting(AccountView::displayName)
			.contains("Claire Collègue")
			.doesNotContain("Usurpateur");
		assertThat(again.get("/account/company").getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void anExpiredInvitationCreatesNoAccount() throws Exception {
		String email = Fixtures.uniqueEmail("late");
		String token = "expired-" + System.nanoTime();
		Instant created = Instant.now().minus(Duration.ofDays(8));
		this.jdbc.update(
				"insert into company_invitation (company_id, email, token_hash, invited_by, created_at, expires_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				this.member.organisationId(), email, fr.coopex.shared.security.Tokens.hash(token), this.member.id(),
				Timestamp.from(created), Timestamp.from(created.plus(Duration.ofDays(7))));
		WebSession late = new WebSession(this.mvc, "198.51.100.43");
		assertThat(late.get("/invitations/" + token).getResponse().getContentAsString())
			.contains("Cette invitation n’est plus valable")
			.doesNotContain(email);
		MvcResult result = late.post("/invitations/" + token, "displayName", "Trop Tard", "password",
				Fixtures.PASSWORD);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Cette invitation n’est plus valable");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		assertThat(late.get("/").getResponse().getContentAsString()).doesNotContain("Trop Tard");
	}

	@Test
	void invitingSomeoneWhoAlreadyHasAnAccountAnswersAsForAnyoneAndMailsThemInstead() throws Exception {
		CoopexUser someone = this.fixtures.user(Role.COORDINATOR);
		String nobody = Fixtures.uniqueEmail("nobody");
		MvcResult known = this.browser.post("/account/company/colleagues", "email", someone.email());
		MvcResult unknown = this.browser.post("/account/company/colleagues", "email", nobody);
		assertThat(known.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl());
		assertThat(known.getFlashMap().get("message")).isEqualTo(unknown.getFlashMap().get("message"));
		assertThat(this.browser.get("/account/company/colleagues").getResponse().getContentAsString())
			.contains(someone.email())
			.contains(nobody);
		var mails = org.awaitility.Awaitility.await()
			.until(() -> fr.coopex.support.TestMail.to(someone.email()), (received) -> received.size() == 1);
		assertThat(fr.coopex.support.TestMail.body(mails.get(0))).doesNotContain("/invitations/");
		var invitation = org.awaitility.Awaitility.await()
			.until(() -> fr.coopex.support.TestMail.to(nobody), (received) -> received.size() == 1);
		assertThat(fr.coopex.support.TestMail.body(invitation.get(0))).contains("/invitations/");
	}

	// --- helpers

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc, "198.51.100.40");
		assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
		return session;
	}

	private static String version(String form) {
		Matcher matcher = VERSION.matcher(form);
		assertThat(matcher.find()).as("the form carries the version it was loaded at").isTrue();
		return matcher.group(1);
	}

	/** The visibility selected for a field on the edit page. */
	private static String selected(String form, String field) {
		int start = form.indexOf("id=\"vis-" + field + "\"");
		assertThat(start).as(field).isPositive();
		String select = form.substring(start, form.indexOf("</select>", start));
		Matcher option = Pattern.compile("<option value=\"([A-Z]+)\" selected").matcher(select);
		assertThat(option.find()).as(field + " has a choice").isTrue();
		return option.group(1);
	}

	/** The fields part of a company's page. */
	private static String profile(String page) {
		int start = page.indexOf("<dl class=\"row profile\">");
		assertThat(start).isPositive();
		return page.substring(start, page.indexOf("</dl>", start));
	}

	private static String resolve(String value, CompanyCard company) {
		return switch (value) {
			case "{wrong-key}" -> siretOf(company.siren(), false);
			case "{other-siren}" -> siretOf(Fixtures.uniqueSiren(), true);
			case "{201}" -> "N".repeat(201);
			default -> value;
		};
	}

	/** A SIRET of this SIREN, with a valid key or a wrong one. */
	static String siretOf(String siren, boolean validKey) {
		List<String> candidates = new ArrayList<>();
		for (int check = 0; check <= 9; check++) {
			candidates.add(siren + "0001" + check);
		}
		return candidates.stream().filter((siret) -> Luhn.isValid(siret) == validKey).findFirst().orElseThrow();
	}

	@Test
	void aChangeWrittenByAnotherInstanceShowsOnTheNextRead() {
		CoopexUser owner = this.fixtures.member();
		CoopexUser other = this.fixtures.member();
		this.jdbc.update("update company_profile set trade_name = 'Avant', version = version + 1 where company_id = ?",
				owner.organisationId());
		assertThat(this.companies.card(other, owner.organisationId()).orElseThrow().tradeName()).isEqualTo("Avant");
		// another instance renames the company, then hides the name: this one sees each
		// change at once
		this.jdbc.update("update company_profile set trade_name = 'Après', version = version + 1 where company_id = ?",
				owner.organisationId());
		assertThat(this.companies.card(other, owner.organisationId()).orElseThrow().tradeName()).isEqualTo("Après");
		this.jdbc.update("delete from company_visibility where company_id = ? and field = 'TRADE_NAME'",
				owner.organisationId());
		this.jdbc.update(
				"insert into company_visibility (company_id, field, visibility) values (?, 'TRADE_NAME', 'PRIVATE')",
				owner.organisationId());
		this.jdbc.update("update company_profile set version = version + 1 where company_id = ?",
				owner.organisationId());
		assertThat(this.companies.card(other, owner.organisationId()).orElseThrow().tradeName()).isNull();
		assertThat(this.companies.card(owner, owner.organisationId()).orElseThrow().tradeName()).isEqualTo("Après");
	}

}
