package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The fair calendar, its iCalendar downloads and stand pages answer 304 Not Modified
 * while their version holds, and the whole page again as soon as it moves on.
 */
@IntegrationTest
class VersionedPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	FairCalendar calendar;

	@Autowired
	StandManagement stands;

	@Test
	void theCalendarAnswersNotModifiedUntilAFairIsSaved() throws Exception {
		String tag = "Versionné " + System.nanoTime();
		long id = this.standFixtures.fair(tag);
		String url = "/fairs?q=" + tag;
		MockHttpServletResponse first = perform(get(url), null);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getContentAsString()).contains(tag);
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache").doesNotContain("no-store");

		MockHttpServletResponse again = perform(get(url), etag);
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
		// another language, an htmx request or a signed-in person get their own page
		assertThat(perform(get(url + "&lang=en"), etag).getStatus()).isEqualTo(200);
		assertThat(perform(get(url).header("HX-Request", "true"), etag).getStatus()).isEqualTo(200);
		assertThat(perform(get(url).with(user(this.fixtures.member())), etag).getStatus()).isEqualTo(200);

		rename(id, tag + " bis");
		MockHttpServletResponse changed = perform(get(url), etag);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains(tag + " bis");
	}

	@Test
	void theCalendarDownloadsAnswerNotModifiedUntilAFairIsSaved() throws Exception {
		String tag = "Téléchargé " + System.nanoTime();
		long id = this.standFixtures.fair(tag);
		for (String url : new String[] { "/fairs/" + id + ".ics", "/fairs.ics?q=" + tag }) {
			MockHttpServletResponse first = perform(get(url), null);
			assertThat(first.getStatus()).as(url).isEqualTo(200);
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(perform(get(url), etag).getStatus()).as(url).isEqualTo(304);
			assertThat(perform(get(url + (url.contains("?") ? "&" : "?") + "lang=en"), etag).getStatus()).as(url)
				.isEqualTo(200);
		}
		String one = perform(get("/fairs/" + id + ".ics"), null).getHeader(HttpHeaders.ETAG);
		rename(id, tag + " bis");
		MockHttpServletResponse changed = perform(get("/fairs/" + id + ".ics"), one);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("bis");
	}

	@Test
	void aStandPageAnswersNotModifiedToItsViewerUntilTheStandChanges() throws Exception {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(2);
		long stand = this.standFixtures.stand(ecosystem, this.standFixtures.fair("Stand " + System.nanoTime()), "40",
				"6");
		CoopexUser member = ecosystem.members().get(0);
		CoopexUser other = ecosystem.members().get(1);
		String url = "/stands/" + stand;
		MockHttpServletResponse first = perform(get(url).with(user(member)), null);
		assertThat(first.getStatus()).isEqualTo(200);
		// the page's frame counts the viewer's unread notifications, delivered after
		// commit by
		// another thread: once they have arrived, the same page answers 304
		String[] seen = { first.getHeader(HttpHeaders.ETAG) };
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			MockHttpServletResponse again = perform(get(url).with(user(member)), seen[0]);
			if (again.getStatus() == 200) {
				seen[0] = again.getHeader(HttpHeaders.ETAG);
			}
			assertThat(again.getStatus()).isEqualTo(304);
		});
		String etag = seen[0];
		// what the page shows depends on who looks
		assertThat(perform(get(url).with(user(other)), etag).getStatus()).isEqualTo(200);
		assertThat(perform(get(url).with(user(ecosystem.coordinator())), etag).getStatus()).isEqualTo(200);

		this.stands.book(other, stand, new BigDecimal("10"), null);
		MockHttpServletResponse changed = perform(get(url).with(user(member)), etag);
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String etag) throws Exception {
		if (etag != null) {
			request.header(HttpHeaders.IF_NONE_MATCH, etag);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private void rename(long id, String name) {
		FairView fair = this.calendar.find(id);
		CoopexUser editor = this.fixtures.user(Role.AGENCY);
		LocalDate start = fair.startsOn();
		this.calendar.update(editor, id, fair.version(), new FairDraft(name, fair.organiser(), fair.city(),
				fair.country(), fair.venue(), start, fair.endsOn(), Set.copyOf(fair.sectors()), null, null));
	}

}
