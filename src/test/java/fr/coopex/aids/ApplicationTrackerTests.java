package fr.coopex.aids;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
