package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.aids.ApplicationTracker.ApplicationView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application tracker: one application per aid, its checklist, amounts and dates, bad
 * input that changes nothing, and the wall around a company's applications.
 */
@IntegrationTest
class ApplicationTrackerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationTracker tracker;

	@Autowired
	TestAids testAids;

	@Autowired
	AccountManagement accounts;

	@Test
	void aMemberStartsOneApplicationPerAidAndTicksItsChecklist() throws Exception {
		AidView aid = this.testAids.published(TestAids.data("Aide à dossier " + System.nanoTime(), null,
				List.of("Kbis de moins de 3 mois", "Budget prévisionnel")));
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		assertThat(browser.get("/aids/" + aid.id()).getResponse().getContentAsString())
			.contains("Préparer une candidature");
		String location = browser.post("/applications", "aidId", Long.toString(aid.id()))
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/applications/[0-9]+");
		// a second start opens the same application
		assertThat(browser.post("/applications", "aidId", Long.toString(aid.id())).getResponse().getRedirectedUrl())
			.isEqualTo(location);
		String form = browser.get(location).getResponse().getContentAsString();
		assertThat(form).contains("Kbis de moins de 3 mois").contains("Budget prévisionnel");

		MvcResult saved = browser.post(location, "status", "SUBMITTED", "amountRequested", "12500.50", "submittedOn",
				"2026-03-02", "documentsDone", "Kbis de moins de 3 mois", "notes", "Envoyé à la CCI <b>lundi</b>",
				"version", "0");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(location);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ApplicationView view = this.tracker.get(member, id);
		assertThat(view.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(view.amountRequested()).isEqualByComparingTo("12500.50");
		assertThat(view.documentsDone()).containsExactly("Kbis de moins de 3 mois");
		assertThat(view.doneCount()).isEqualTo(1);
		String list = browser.get("/applications").getResponse().getContentAsString();
		assertThat(list).contains(aid.data().name()).contains("Déposée").contains("1 / 2");
		assertThat(browser.get(location).getResponse().getContentAsString()).contains("la CCI &lt;b&gt;lundi&lt;/b&gt;")
			.doesNotContain("<b>lundi");
		assertThat(browser.get("/aids/" + aid.id()).getResponse().getContentAsString()).contains("Voir ma candidature");
	}

	@Test
	void aSubmittedThenGrantedApplicationKeepsItsDatesAndAmounts() throws Exception {
		AidView aid = this.testAids.published(TestAids.data("Aide accordée " + System.nanoTime(), null, List.of()));
		CoopexUser member = this.fixtures.member();
		long id = this.tracker.start(member, aid.id());
		WebSession browser = signedIn(member);
		String url = "/applications/" + id;

		assertThat(browser
			.post(url, "status", "SUBMITTED", "amountRequested", "800", "submittedOn", "2026-03-02", "version", "0")
			.getResponse()
			.getRedirectedUrl()).isEqualTo(url);
		assertThat(this.tracker.get(member, id).submittedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		String submitted = browser.get(url).getResponse().getContentAsString();
		assertThat(inputValue(submitted, "submittedOn")).isEqualTo("2026-03-02");
		assertThat(inputValue(submitted, "decidedOn")).isEmpty();
		assertThat(submitted).containsPattern("<option value=\"SUBMITTED\" selected=\"selected\">Déposée</option>");

		assertThat(browser
			.post(url, "status", "GRANTED", "amountRequested", "800", "amountGranted", "650.5", "submittedOn",
					"2026-03-02", "decidedOn", "2026-04-20", "version", "1")
			.getResponse()
			.getRedirectedUrl()).isEqualTo(url);
		ApplicationView granted = this.tracker.get(member, id);
		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(granted.amountGranted()).isEqualByComparingTo("650.50");
		assertThat(granted.submittedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(granted.decidedOn()).isEqualTo(LocalDate.of(2026, 4, 20));
		String form = browser.get(url).getResponse().getContentAsString();
		assertThat(form).containsPattern("<option value=\"GRANTED\" selected=\"selected\">Accordée</option>");
		assertThat(inputValue(form, "submittedOn")).isEqualTo("2026-03-02");
		assertThat(inputValue(form, "decidedOn")).isEqualTo("2026-04-20");
		// shown back as French writes it, and read back as such
		assertThat(inputValue(form, "amountGranted")).contains(",");
		assertThat(fr.coopex.shared.money.Amounts.parse(inputValue(form, "amountGranted"), java.util.Locale.FRENCH))
			.isEqualByComparingTo("650.5");
		String list = browser.get("/applications").getResponse().getContentAsString();
		String row = list.substring(list.indexOf(aid.data().name()));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("<td>Accordée</td>").contains("<td>800 €</td>").contains("<td>650,50 €</td>");
	}

	@Test
	void theCompanysColleaguesSeeItsApplicationsAndNoOtherCompanyDoes() throws Exception {
		AidView aid = this.testAids.published(TestAids.data("Aide d’équipe " + System.nanoTime(), null, List.of()));
		CoopexUser owner = this.fixtures.member();
		long id = this.tracker.start(owner, aid.id());
		this.tracker.update(owner, id, new ApplicationTracker.ApplicationUpdate(ApplicationStatus.PREPARING,
				new BigDecimal("3000"), null, null, null, null, "Dossier commun", Set.of(), 0));
		CoopexUser colleague = this.accounts.createColleague(owner.organisationId(), Fixtures.uniqueEmail("colleague"),
				"Claire Collègue", Fixtures.PASSWORD);

		WebSession sameCompany = signedIn(colleague);
		assertThat(sameCompany.get("/applications").getResponse().getContentAsString())
			.contains("href=\"/applications/" + id + "\"")
			.contains(aid.data().name());
		MvcResult page = sameCompany.get("/applications/" + id);
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).contains("Dossier commun");
		assertThat(this.tracker.list(colleague)).extracting(ApplicationView::id).containsExactly(id);
		// the colleague starting it again finds the same application
		assertThat(this.tracker.start(colleague, aid.id())).isEqualTo(id);

		WebSession otherCompany = signedIn(this.fixtures.member());
		assertThat(otherCompany.get("/applications/" + id).getResponse().getStatus()).isEqualTo(404);
		assertThat(otherCompany.get("/applications").getResponse().getContentAsString())
			.doesNotContain(aid.data().name());
	}

	@Test
	void badInputIsShownNextToItsFieldAndChangesNothing() throws Exception {
		AidView aid = this.testAids.published(TestAids.data("Aide à valider " + System.nanoTime(), null, List.of()));
		CoopexUser member = this.fixtures.member();
		long id = this.tracker.start(member, aid.id());
		WebSession browser = signedIn(member);
		String url = "/applications/" + id;
		assertThat(errorOn(browser.post(url, "status", "PLANNED", "amountRequested", "-5", "version", "0"),
				"amountRequested"))
			.contains("Indiquez un montant positif en euros.");
		assertThat(errorOn(browser.post(url, "status", "PLANNED", "amountRequested", "1.234", "version", "0"),
				"amountRequested"))
			.contains("au plus deux décimales");
		assertThat(errorOn(browser.post(url, "status", "SUBMITTED", "submittedOn", "2026-03-10", "decidedOn",
				"2026-03-01", "version", "0"), "decidedOn"))
			.contains("La décision ne peut pas précéder le dépôt.");
		assertThat(errorOn(browser.post(url, "status", "SUBMITTED", "amountGranted", "100", "version", "0"),
				"amountGranted"))
			.contains("Un montant obtenu demande le statut « Accordée ».");
		assertThat(browser.post(url, "status", "PLANNED", "documentsDone", "Faux document", "version", "0")
			.getResponse()
			.getContentAsString()).contains("Ce document ne fait pas partie de la liste de l’aide.");
		assertThat(browser.post(url, "status", "BOGUS", "version", "0").getResponse().getStatus()).isEqualTo(200);
		ApplicationView unchanged = this.tracker.get(member, id);
		assertThat(unchanged.status()).isEqualTo(ApplicationStatus.PLANNED);
		assertThat(unchanged.amountRequested()).isNull();
		assertThat(unchanged.version()).isZero();
		// a colleague saved meanwhile: told, nothing lost
		browser.post(url, "status", "PREPARING", "version", "0");
		assertThat(browser.post(url, "status", "ABANDONED", "version", "0").getResponse().getContentAsString())
			.contains("Un collègue a modifié cette candidature entre-temps");
		assertThat(this.tracker.get(member, id).status()).isEqualTo(ApplicationStatus.PREPARING);
	}

	@Test
	void anotherCompanySeesNothingOfAnApplication() throws Exception {
		AidView aid = this.testAids.published(TestAids.data("Aide privée " + System.nanoTime(), null, List.of()));
		CoopexUser owner = this.fixtures.member();
		long id = this.tracker.start(owner, aid.id());
		WebSession other = signedIn(this.fixtures.member());
		assertThat(other.get("/applications/" + id).getResponse().getStatus()).isEqualTo(404);
		assertThat(other.post("/applications/" + id, "status", "ABANDONED", "version", "0").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(other.get("/applications").getResponse().getContentAsString()).doesNotContain(aid.data().name());
		assertThat(this.tracker.get(owner, id).status()).isEqualTo(ApplicationStatus.PLANNED);
	}

	private static String inputValue(String page, String name) {
		Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
		assertThat(input.find()).as("an input " + name).isTrue();
		return input.group(1);
	}

	private static String errorOn(MvcResult result, String field) throws Exception {
		String page = result.getResponse().getContentAsString();
		int at = page.indexOf("id=\"" + field + "-error\"");
		assertThat(at).as("an error next to " + field).isPositive();
		return page.substring(at, page.indexOf("</div>", at));
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc);
		session.signIn(user.email(), Fixtures.PASSWORD);
		return session;
	}

}
