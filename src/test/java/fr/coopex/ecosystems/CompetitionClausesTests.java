package fr.coopex.ecosystems;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The competition-law clauses a coordinator includes in the charter: a new version that
 * every member reads (with the guidance and the link to the Autorité de la concurrence)
 * and accepts again.
 */
@IntegrationTest
class CompetitionClausesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Test
	void includingTheClausesPublishesANewCharterVersionShownToMembersBeforeAccepting() throws Exception {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		EcosystemDraft draft = new EcosystemDraft("Clauses " + System.nanoTime(), "Exporter ensemble", Set.of("DE"),
				Set.of("28"), true, "Nous partageons les frais de stand.");
		long ecosystem = this.ecosystems.create(coordinator, draft);
		CoopexUser member = this.fixtures.member();
		this.ecosystems.requestToJoin(member, ecosystem, null, true);
		this.ecosystems.approveAll(coordinator, ecosystem);
		assertThat(this.ecosystems.competitionClauses(ecosystem)).isFalse();
		assertThat(page(ecosystem, member)).doesNotContain("competition-clauses");

		MockHttpServletResponse saved = this.mvc
			.perform(post("/ecosystems/" + ecosystem + "/edit").with(csrf())
				.with(user(coordinator))
				.param("name", draft.name())
				.param("purpose", draft.purpose())
				.param("markets", "DE")
				.param("sectors", "28")
				.param("openToMembers", "true")
				.param("charter", draft.charter())
				.param("competitionClauses", "true"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.ecosystems.competitionClauses(ecosystem)).isTrue();
		assertThat(this.ecosystems.summary(ecosystem).charterVersion()).isEqualTo(2);
		assertThat(this.ecosystems.detail(member, ecosystem).charterToAccept()).isTrue();
		assertThat(page(ecosystem, member)).contains("competition-clauses")
			.contains("leurs listes de clients ou de prospects")
			.contains("https://www.autoritedelaconcurrence.fr/");

		// left as they are, then removed: a third version
		this.ecosystems.update(coordinator, ecosystem, draft, null, null);
		assertThat(this.ecosystems.summary(ecosystem).charterVersion()).isEqualTo(2);
		this.ecosystems.update(coordinator, ecosystem, draft, null, false);
		assertThat(this.ecosystems.competitionClauses(ecosystem)).isFalse();
		assertThat(this.ecosystems.summary(ecosystem).charterVersion()).isEqualTo(3);
	}

	private String page(long ecosystem, CoopexUser viewer) throws Exception {
		return this.mvc.perform(get("/ecosystems/" + ecosystem).with(user(viewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
