package fr.coopex.ecosystems;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.labels.LabelFixtures;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The coordinators' pages for members, coordination and announcements, as a browser uses
 * them: bad input gives the form again with the reason next to the field and changes
 * nothing; a text that mentions prices is posted only once confirmed; members read the
 * announcements and download their PDF, nobody else.
 */
@IntegrationTest
class GovernancePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRemovalWithoutReasonShowsTheConfirmationPageAgainAndRemovesNobody() throws Exception {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());
		CoopexUser member = joined(leader, id);
		WebSession browser = signedIn(leader);
		String url = "/console/ecosystems/" + id + "/members/" + member.organisationId() + "/remove";

		assertThat(contentOf(browser.get("/ecosystems/" + id))).contains(url).contains("id=\"coordination\"");
		assertThat(contentOf(browser.get(url))).contains("id=\"removal-effects\"")
			.contains("aucune réservation de stand ni mission en cours");
		MvcResult refused = browser.post(url, "reason", "   ");

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(contentOf(refused)).contains("is-invalid").contains("id=\"removal-effects\"");
		assertThat(status(id, member)).isEqualTo("ACTIVE");

		MvcResult removed = browser.post(url, "reason", "Absent depuis un an");
		assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + id);
		assertThat(status(id, member)).isEqualTo("REMOVED");
	}

	@Test
	void theLastCoordinatorIsToldWhyTheyCannotLeaveCoordination() throws Exception {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());
		WebSession browser = signedIn(leader);

		MvcResult result = browser.post("/console/ecosystems/" + id + "/coordinators/" + leader.id() + "/remove");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + id);
		assertThat(contentOf(browser.get("/ecosystems/" + id))).contains("Le dernier coordinateur ne peut pas partir");
		assertThat(this.ecosystems.coordinatorIds(id)).containsExactly(leader.id());
	}

	@Test
	void anAnnouncementWithoutTitleOrWithAFileThatIsNotAPdfIsNotSent() throws Exception {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());

		MvcResult untitled = post(leader, id, "", "Le salon approche.", null, null);
		assertThat(untitled.getResponse().getStatus()).isEqualTo(200);
		assertThat(contentOf(untitled)).contains("is-invalid").contains("Le salon approche.");

		MvcResult notPdf = post(leader, id, "Salon", "Le salon approche.", LabelFixtures.notPdf(), null);
		assertThat(notPdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(contentOf(notPdf)).contains("n’est pas un PDF lisible").contains("id=\"file-error\"");

		assertThat(announcements(id)).isZero();
	}

	@Test
	void priceTalkIsPostedOnlyOnceConfirmedAndMembersReadItAndItsPdf() throws Exception {
		CoopexUser leader = this.fixtures.member();
		long id = this.ecosystems.create(leader, draft());
		CoopexUser member = joined(leader, id);
		byte[] pdf = LabelFixtures.pdf("Plan du stand");

		MvcResult warned = post(leader, id, "Stand 2027", "Nos tarifs et nos remises pour le salon.", pdf, null);
		assertThat(warned.getResponse().getStatus()).isEqualTo(200);
		assertThat(contentOf(warned)).contains("id=\"price-talk-warning\"")
			.contains("Ce texte mentionne : tarif, tarifs, remise, remises")
			.contains("name=\"confirmPriceTalk\"");
		assertThat(announcements(id)).isZero();

		MvcResult posted = post(leader, id, "Stand 2027", "Nos tarifs et nos remises pour le salon.", pdf, "true");
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/ecosystems/" + id + "#announcements");
		assertThat(this.jdbc.queryForObject(
				"select price_warning_confirmed from ecosystem_announcement where ecosystem_id = ?", Boolean.class, id))
			.isTrue();
		long announcement = this.jdbc.queryForObject("select id from ecosystem_announcement where ecosystem_id = ?",
				Long.class, id);
		String document = "/ecosystems/" + id + "/announcements/" + announcement + "/document";

		WebSession memberBrowser = signedIn(member);
		assertThat(contentOf(memberBrowser.get("/ecosystems/" + id))).contains("Stand 2027").contains(document);
		MvcResult download = memberBrowser.get(document);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		await().untilAsserted(() -> assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and message_key = 'notifications.announcement'",
				Integer.class, member.id()))
			.isEqualTo(1));

		WebSession outsider = signedIn(this.fixtures.member());
		assertThat(contentOf(outsider.get("/ecosystems/" + id))).doesNotContain("Stand 2027");
		assertThat(outsider.get(document).getResponse().getStatus()).isEqualTo(404);
	}

	/**
	 * Posts the announcement form as the coordinator, with the file as a browser sends
	 * it.
	 */
	private MvcResult post(CoopexUser coordinator, long id, String title, String text, byte[] file, String confirm)
			throws Exception {
		var builder = MockMvcRequestBuilders.multipart("/console/ecosystems/" + id + "/announcements/new");
		if (file != null) {
			builder.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", file));
		}
		builder.param("title", title).param("text", text);
		if (confirm != null) {
			builder.param("confirmPriceTalk", confirm);
		}
		return this.mvc.perform(builder.with(csrf()).with(user(coordinator))).andReturn();
	}

	private CoopexUser joined(CoopexUser leader, long id) {
		CoopexUser member = this.fixtures.member();
		this.ecosystems.requestToJoin(member, id, null, true);
		this.ecosystems.approveAll(leader, id);
		return member;
	}

	private int announcements(long id) {
		return this.jdbc.queryForObject("select count(*) from ecosystem_announcement where ecosystem_id = ?",
				Integer.class, id);
	}

	private String status(long id, CoopexUser member) {
		return this.jdbc.queryForObject(
				"select status from ecosystem_membership where ecosystem_id = ? and company_id = ?", String.class, id,
				member.organisationId());
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc, "198.51.100.62");
		assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
		return session;
	}

	private static String contentOf(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static EcosystemDraft draft() {
		return new EcosystemDraft("Annonces " + System.nanoTime(), "Exporter ensemble", Set.of("US"), Set.of("28"),
				true, null);
	}

}
