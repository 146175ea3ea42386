package fr.coopex.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.coopex.accounts.OrganisationPeople;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit trail reads as sentences in the page's language, filters by person,
 * organisation, kind and period, exports CSV; a manager reads their organisation's.
 */
@IntegrationTest
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationPeople people;

	@Test
	void theAdminReadsSentencesWithNamesNeverCodesAndFilters() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser member = this.fixtures.member();
		new WebSession(this.mvc).signIn(member.email(), Fixtures.PASSWORD);
		new WebSession(this.mvc).signIn(member.email(), "wrong password");
		String today = LocalDate.now(ClockConfiguration.PARIS).toString();
		String page = this.mvc
			.perform(get("/admin/audit").param("person", member.email())
				.param("from", today)
				.param("to", today)
				.with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Marie Test (" + member.organisationName() + ") s’est connecté(e)")
			.contains("Échec de connexion pour " + member.email())
			.doesNotContain(">SIGN_IN<")
			.doesNotContain("BadCredentialsException");
		String english = this.mvc
			.perform(get("/admin/audit").param("person", member.email()).param("lang", "en").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Marie Test (" + member.organisationName() + ") signed in");
		String signInsOnly = this.mvc.perform(
				get("/admin/audit").param("person", member.email()).param("kind", "ORGANISATIONS").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(signInsOnly).doesNotContain("s’est connecté(e)");
		String byOrganisation = this.mvc
			.perform(get("/admin/audit").param("organisation", member.organisationName()).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byOrganisation).contains("Marie Test (" + member.organisationName() + ") s’est connecté(e)");
		String yesterday = LocalDate.now(ClockConfiguration.PARIS).minusDays(2).toString();
		assertThat(this.mvc
			.perform(get("/admin/audit").param("person", member.email()).param("to", yesterday).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("s’est connecté(e)");
	}

	@Test
	void theCsvExportIsReadyForAFrenchSpreadsheetAndNeutralisesFormulas() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser member = this.fixtures.member();
		new WebSession(this.mvc).signIn(member.email(), Fixtures.PASSWORD);
		MvcResult csv = this.mvc.perform(get("/admin/audit.csv").param("person", member.email()).with(user(admin)))
			.andReturn();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		String body = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF").contains(";").contains("s’est connecté(e)");
		assertThat(AuditReader.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(AuditReader.safe("-2+3")).startsWith("'");
		assertThat(AuditReader.safe("Claire")).isEqualTo("Claire");
	}

	@Test
	void aManagerReadsTheirOrganisationsLinesOnlyAndAColleagueCannot() throws Exception {
		CoopexUser manager = this.fixtures.member();
		CoopexUser stranger = this.fixtures.member();
		new WebSession(this.mvc).signIn(manager.email(), Fixtures.PASSWORD);
		new WebSession(this.mvc).signIn(stranger.email(), Fixtures.PASSWORD);
		String colleagueEmail = Fixtures.uniqueEmail("colleague");
		this.people.invite(manager, colleagueEmail, java.util.Locale.FRENCH);
		String page = this.mvc.perform(get("/account/organisation/audit").with(user(manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Marie Test (" + manager.organisationName() + ") s’est connecté(e)")
			.doesNotContain(stranger.organisationName());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.mvc.perform(get("/account/organisation/audit").with(user(manager)))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("a invité " + colleagueEmail));
	}

}
