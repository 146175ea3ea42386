package fr.coopex.ecosystems;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.Scope;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordination body's region or national scope is shown on the ecosystems it
 * coordinates, and follows a change of that scope.
 */
@IntegrationTest
class CoordinationScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void theEcosystemPageShowsWhereItsCoordinationBodyActs() throws Exception {
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		CoopexUser body = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(body, new EcosystemDraft("Export " + System.nanoTime(),
				"Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		WebSession visitor = new WebSession(this.mvc, "198.51.100.61");

		// no scope known yet: no empty line
		assertThat(page(visitor, ecosystem)).doesNotContain("Périmètre du coordinateur");

		this.organisations.setScope(admin, body.organisationId(),
				new Scope(false, List.of("BRETAGNE", "PAYS_DE_LA_LOIRE")), List.of());
		assertThat(page(visitor, ecosystem)).contains("Périmètre du coordinateur")
			.containsPattern("id=\"coordination-scope\">\\s*<span>Bretagne, Pays de la Loire</span>");

		this.organisations.setScope(admin, body.organisationId(), new Scope(true, List.of()), List.of());
		assertThat(page(visitor, ecosystem)).containsPattern("id=\"coordination-scope\">\\s*<span>National</span>");
	}

	@Test
	void anEcosystemLedByAFirmShowsNoScope() throws Exception {
		CoopexUser leader = this.fixtures.member();
		long ecosystem = this.ecosystems.create(leader, new EcosystemDraft("Export " + System.nanoTime(),
				"Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		assertThat(page(new WebSession(this.mvc, "198.51.100.62"), ecosystem))
			.doesNotContain("Périmètre du coordinateur");
	}

	private String page(WebSession session, long ecosystem) throws Exception {
		return session.get("/ecosystems/" + ecosystem).getResponse().getContentAsString();
	}

}
