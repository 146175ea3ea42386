package fr.coopex.audit;

import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.aids.ApplicationStatus;
import fr.coopex.aids.ApplicationTracker;
import fr.coopex.aids.ApplicationTracker.ApplicationUpdate;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's data export holds what they wrote in the other modules, and nothing another
 * person wrote.
 */
@IntegrationTest
class PersonalDataExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	ApplicationTracker applications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theExportHoldsTheJoinRequestMessagesAndApplicationNotesThePersonWrote() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		String ecosystemName = "Écrits exportés " + System.nanoTime();
		long ecosystem = this.ecosystems.create(coordinator,
				new EcosystemDraft(ecosystemName, "Exporter ensemble", Set.of("CA"), Set.of("28"), true, null));
		CoopexUser member = this.fixtures.member();
		CoopexUser other = this.fixtures.member();
		this.ecosystems.requestToJoin(member, ecosystem, "Nous fabriquons des capteurs.", true);
		this.ecosystems.requestToJoin(other, ecosystem, "Message d’un autre.", true);
		long aid = this.jdbc.queryForObject("select min(id) from aid where publication = 'PUBLISHED'", Long.class);
		long application = this.applications.start(member, aid, true);
		this.applications.update(member, application, new ApplicationUpdate(ApplicationStatus.PREPARING, null, null,
				null, null, null, "Devis du stand à joindre.", Set.of(), 0));

		WebSession browser = new WebSession(this.mvc);
		assertThat(browser.signIn(member.email(), Fixtures.PASSWORD)).endsWith("/");
		JsonNode writings = JsonMapper.shared()
			.readTree(browser.get("/account/data.json").getResponse().getContentAsString())
			.get("writings");

		assertThat(writings).hasSize(2);
		assertThat(writings.findValuesAsString("kind")).containsExactlyInAnyOrder("ecosystems.join-request",
				"aids.application-notes");
		assertThat(writings.findValuesAsString("text")).containsExactlyInAnyOrder("Nous fabriquons des capteurs.",
				"Devis du stand à joindre.");
		assertThat(writings.findValuesAsString("about")).contains(ecosystemName);
	}

}
