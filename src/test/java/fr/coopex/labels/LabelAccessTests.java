package fr.coopex.labels;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.labels.LabelFixtures.Granted;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The rows of the authorisation matrix for the people the shared matrix lacks: the
 * scheme's agency (in jurisdiction), an agency elsewhere, the ecosystem's coordinator, a
 * member of the ecosystem, the coordinator of another ecosystem and the admin, on a label
 * granted.
 */
@IntegrationTest
class LabelAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LabelFixtures labels;

	@Autowired
	Fixtures fixtures;

	@Test
	void eachPersonReachesWhatTheirRoleAllows() throws Exception {
		Granted g = this.labels.granted();
		CoopexUser agencyIn = g.officer();
		CoopexUser agencyOut = this.labels.officer("BRETAGNE");
		CoopexUser coordinator = g.ecosystem().leader();
		CoopexUser member = g.ecosystem().member();
		CoopexUser otherCoordinator = this.labels.ecosystem().leader();
		CoopexUser admin = this.fixtures.user(Role.ADMIN);
		String application = "/labels/applications/" + g.applicationId();
		String document = application + "/documents/" + g.documentId();
		String scheme = "/agency/labels/schemes/" + g.scheme().id() + "/edit";
		String ecosystem = "/labels/ecosystems/" + g.ecosystem().id();

		Map<String, int[]> expected = new java.util.LinkedHashMap<>();
		// agency in, agency out, coordinator, member, other coordinator, admin
		expected.put(application, new int[] { 200, 404, 200, 404, 404, 404 });
		expected.put(document, new int[] { 200, 404, 200, 404, 404, 404 });
		expected.put(scheme, new int[] { 200, 404, 403, 403, 403, 403 });
		expected.put(ecosystem, new int[] { 403, 403, 200, 403, 403, 403 });
		expected.put("/agency/labels/applications", new int[] { 200, 200, 403, 403, 403, 403 });
		expected.put("/labels/" + g.number(), new int[] { 200, 200, 200, 200, 200, 200 });
		CoopexUser[] people = { agencyIn, agencyOut, coordinator, member, otherCoordinator, admin };
		for (Map.Entry<String, int[]> row : expected.entrySet()) {
			for (int i = 0; i < people.length; i++) {
				assertThat(status(row.getKey(), people[i])).as(row.getKey() + " as person " + i)
					.isEqualTo(row.getValue()[i]);
			}
		}
		assertThat(page("/agency/labels/applications", agencyIn)).contains(application);
		assertThat(page("/agency/labels/applications", agencyOut)).doesNotContain(application);
		assertThat(page(ecosystem, coordinator)).contains(application);
		assertThat(page("/ecosystems/" + g.ecosystem().id(), member)).contains("/labels/" + g.number())
			.doesNotContain(ecosystem);
		assertThat(page("/ecosystems/" + g.ecosystem().id(), coordinator)).contains(ecosystem);
	}

	private int status(String url, CoopexUser who) throws Exception {
		return this.mvc.perform(get(url).with(user(who))).andReturn().getResponse().getStatus();
	}

	private String page(String url, CoopexUser who) throws Exception {
		return this.mvc.perform(get(url).with(user(who))).andReturn().getResponse().getContentAsString();
	}

}
