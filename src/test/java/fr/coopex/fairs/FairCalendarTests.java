package fr.coopex.fairs;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.fairs.FairCalendar.Query;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The fair calendar: who adds and edits fairs, what the form refuses, how the filters
 * find fairs, and the iCalendar exports that calendar programs import.
 */
@IntegrationTest
class FairCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FairCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser agency;

	CoopexUser member;

	/** A word in the names of this test's fairs only. */
	String tag;

	@BeforeEach
	void createEditors() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		this.agency = this.fixtures.user(Role.AGENCY);
		this.member = this.fixtures.member();
		this.tag = "Zx" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void coordinatorsAndAgenciesAddFairsThroughTheForm() throws Exception {
		MockHttpServletResponse created = form(post("/fairs/new"), this.coordinator, "Automatica " + this.tag,
				"2027-06-22", "2027-06-25");
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replace("/fairs/", ""));
		FairView fair = this.calendar.find(id);
		assertThat(fair.name()).isEqualTo("Automatica " + this.tag);
		assertThat(fair.country()).isEqualTo("DE");
		assertThat(fair.sectors()).containsExactly("28", "C");
		assertThat(fair.website()).isEqualTo("https://automatica-munich.com");
		assertThat(form(post("/fairs/new"), this.agency, "Motek " + this.tag, "2027-10-05", "2027-10-08").getStatus())
			.isEqualTo(302);
		// a company does not edit the calendar
		assertThat(form(post("/fairs/new"), this.member, "Intrus " + this.tag, "2027-10-05", "2027-10-08").getStatus())
			.isEqualTo(403);
		assertThatThrownBy(() -> this.calendar.create(this.member, draft("Intrus", LocalDate.of(2027, 1, 1)), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(count("Intrus " + this.tag)).isZero();
	}

	@Test
	void refusesBadInputFieldByFieldAndSavesNothing() throws Exception {
		assertRefused("endsOn", "Le dernier jour ne peut pas précéder le premier.", "2027-06-25", "2027-06-22",
				"country", "DE");
		assertRefused("country", "Choisissez un pays de la liste.", "2027-06-22", "2027-06-25", "country", "XX");
		assertRefused("country", "Choisissez un pays de la liste.", "2027-06-22", "2027-06-25", "country", "Z-EU");
		assertRefused("website", "Saisissez une adresse web complète", "2027-06-22", "2027-06-25", "website",
				"javascript:alert(1)");
		assertRefused("sectors", "Choisissez des sections ou des divisions NAF", "2027-06-22", "2027-06-25", "sectors",
				"28.41Z");
		assertRefused("startsOn", "Cette valeur n’est pas valide.", "22/06/2027", "2027-06-25", "country", "DE");
		assertRefused("name", "Ce champ est obligatoire.", "2027-06-22", "2027-06-25", "name", " ");
		assertThat(count(this.tag)).isZero();
	}

	@Test
	void anEditSavedMeanwhileIsNotOverwritten() throws Exception {
		long id = this.calendar.create(this.coordinator, draft("SPS " + this.tag, LocalDate.of(2027, 11, 23)), null);
		long loaded = this.calendar.find(id).version();
		this.calendar.update(this.agency, id, loaded,
				draft("SPS " + this.tag + " (Nuremberg)", LocalDate.of(2027, 11, 23)));
		MockHttpServletResponse stale = form(post("/fairs/" + id + "/edit"), this.coordinator, "SPS " + this.tag,
				"2027-11-23", "2027-11-25", "version", Long.toString(loaded));
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).contains("Quelqu’un a modifié ce salon entre-temps");
		assertThat(this.calendar.find(id).name()).isEqualTo("SPS " + this.tag + " (Nuremberg)");
	}

	@Test
	void filtersByDatesCountryAndSector() {
		long hannover = create("Hannover Messe " + this.tag, "DE", LocalDate.of(2027, 4, 12), Set.of("C"));
		long automate = create("Automate " + this.tag, "US", LocalDate.of(2027, 6, 22), Set.of("28"));
		long ciie = create("CIIE " + this.tag, "CN", LocalDate.of(2027, 11, 5), Set.of("46"));
		assertThat(ids(new Query(this.tag, null, null, null, null))).containsExactly(hannover, automate, ciie);
		assertThat(ids(new Query(this.tag, null, null, "US", null))).containsExactly(automate);
		// a division finds the fairs about it and about its whole section
		assertThat(ids(new Query(this.tag, null, null, null, "28"))).containsExactly(hannover, automate);
		// a section finds the fairs about it and about any of its divisions
		assertThat(ids(new Query(this.tag, null, null, null, "C"))).containsExactly(hannover, automate);
		assertThat(ids(new Query(this.tag, null, null, null, "G"))).containsExactly(ciie);
		// a fair is found when any of its days falls in the period
		assertThat(ids(new Query(this.tag, LocalDate.of(2027, 4, 14), LocalDate.of(2027, 6, 22), null, null)))
			.containsExactly(hannover, automate);
		assertThat(ids(new Query(this.tag, LocalDate.of(2027, 6, 26), null, null, null))).containsExactly(ciie);
	}

	@Test
	void theListKeepsItsFiltersInTheUrlAndPaginates() throws Exception {
		for (int i = 0; i < FairCalendar.PAGE_SIZE + 2; i++) {
			create("Salon " + this.tag + " " + (100 + i), "IT", LocalDate.of(2027, 3, 1).plusDays(i), Set.of("28"));
		}
		String first = page("/fairs?q=" + this.tag + "&country=IT&sector=28&from=2027-01-01", null);
		assertThat(first).contains("Salon " + this.tag + " 100").doesNotContain("Salon " + this.tag + " 126");
		assertThat(first).contains("href=\"/fairs?q=" + this.tag + "&amp;from=2027-01-01&amp;to=&amp;country=IT"
				+ "&amp;sector=28&amp;page=2\"");
		assertThat(first).contains(
				"href=\"/fairs.ics?q=" + this.tag + "&amp;from=2027-01-01&amp;to=&amp;country=IT" + "&amp;sector=28\"");
		String second = page("/fairs?q=" + this.tag + "&country=IT&sector=28&from=2027-01-01&page=2", null);
		assertThat(second).contains("Salon " + this.tag + " 126").doesNotContain("Salon " + this.tag + " 100<");
		// nonsense in the URL is ignored, not an error
		assertThat(page("/fairs?from=hier&to=2027-99-99&country=<b>&sector=ZZZ&page=-3", this.member))
			.doesNotContain("<b>");
	}

	@Test
	void theListShowsAFairAsSoonAsItIsAddedOrEdited() throws Exception {
		String url = "/fairs?q=" + this.tag + "&from=2027-01-01";
		String english = url + "&lang=en";
		assertThat(page(url, null)).contains("Aucun salon").doesNotContain("EMO " + this.tag);
		assertThat(page(english, null)).doesNotContain("EMO " + this.tag);
		// the results are kept rendered: an addition and an edit show on the next read
		long id = this.calendar.create(this.coordinator, draft("EMO " + this.tag, LocalDate.of(2027, 9, 13)), null);
		assertThat(page(url, null)).contains("EMO " + this.tag).contains("Salons trouvés : 1");
		assertThat(page(english, this.member)).contains("EMO " + this.tag);
		this.calendar.update(this.agency, id, this.calendar.find(id).version(),
				draft("EMO Hannover " + this.tag, LocalDate.of(2027, 9, 13)));
		assertThat(page(url, this.member)).contains("EMO Hannover " + this.tag);
		// htmx asks for the results alone, as they are in the page
		String results = this.mvc.perform(get(url).header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).contains("EMO Hannover " + this.tag).doesNotContain("<html").doesNotContain("<form");
		assertThat(page(url, null)).contains(results.strip());
	}

	@Test
	void eachFairExportsAsAnEventWhoseUidStaysTheSameAcrossEdits() throws Exception {
		long id = create("Global Industrie " + this.tag + ", Lyon; Eurexpo", "FR", LocalDate.of(2027, 3, 9),
				Set.of("C"));
		MockHttpServletResponse response = this.mvc.perform(get("/fairs/" + id + ".ics")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains("fair-" + id + ".ics");
		VEvent event = events(response.getContentAsString()).get(0);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Global Industrie " + this.tag + ", Lyon; Eurexpo");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20270309");
		assertThat(value(event, Property.DTEND)).isEqualTo("20270313");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Eurexpo, Lyon, France");
		assertThat(value(event, Property.DESCRIPTION)).contains("Organisateur : GL events Exhibitions");
		assertThat(value(event, Property.URL)).endsWith("/fairs/" + id);
		String uid = value(event, Property.UID);
		this.calendar.update(this.coordinator, id, this.calendar.find(id).version(),
				draft("Global Industrie " + this.tag, LocalDate.of(2027, 3, 10)));
		VEvent edited = events(
				this.mvc.perform(get("/fairs/" + id + ".ics")).andReturn().getResponse().getContentAsString())
			.get(0);
		assertThat(value(edited, Property.UID)).isEqualTo(uid);
		assertThat(Integer.parseInt(value(edited, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(event, Property.SEQUENCE)));
		assertThat(value(edited, Property.DTSTART)).isEqualTo("20270310");
	}

	@Test
	void theFilteredListExportsWithTheSameFilters() throws Exception {
		long de = create("Hannover Messe " + this.tag, "DE", LocalDate.of(2027, 4, 12), Set.of("C"));
		create("IMTS " + this.tag, "US", LocalDate.of(2028, 9, 11), Set.of("28"));
		MockHttpServletResponse response = this.mvc
			.perform(get("/fairs.ics?q=" + this.tag + "&country=DE&from=2027-01-01"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		List<VEvent> events = events(response.getContentAsString());
		assertThat(events).extracting((e) -> value(e, Property.UID)).containsExactly("fair-" + de + "@localhost");
		assertThat(events(this.mvc.perform(get("/fairs.ics?q=" + this.tag + "&from=2027-01-01"))
			.andReturn()
			.getResponse()
			.getContentAsString())).hasSize(2);
	}

	@Test
	void theNextEditionOfAFairJoinsItsSeries() {
		long first = create("EMO Hannover " + this.tag, "DE", LocalDate.of(2025, 9, 22), Set.of("28"));
		long next = this.calendar.create(this.coordinator, draft("EMO Hannover " + this.tag, LocalDate.of(2027, 9, 20)),
				first);
		assertThat(this.calendar.find(next).series()).isEqualTo(first);
		assertThat(this.calendar.editions(first)).extracting(FairView::id).containsExactly(next, first);
	}

	@Test
	void datesToBeConfirmedShowInTheCalendarOnTheFairsPageAndInTheIcalendarExport() throws Exception {
		LocalDate start = this.calendar.today().plusMonths(7);
		long tentative = this.calendar.create(this.coordinator,
				new FairDraft("Automate " + this.tag, "Association for Advancing Automation (A3)", "Ville à confirmer",
						"US", null, start, start.plusDays(3), Set.of("28"), "https://www.automateshow.com", null, true),
				null);
		long confirmed = create("Confirmé " + this.tag, "FR", start, Set.of("28"));
		assertThat(page("/fairs/" + tentative, null)).contains("id=\"dates-tentative\"").contains("Dates à confirmer");
		assertThat(page("/fairs/" + confirmed, null)).doesNotContain("id=\"dates-tentative\"");
		String calendarPage = page("/fairs?q=" + this.tag, null);
		// one badge in the calendar: the tentative fair's, in its row
		assertThat(calendarPage.split("dates-tentative\">Dates à confirmer<", -1)).hasSize(2);
		assertThat(calendarPage.indexOf("dates-tentative")).isLessThan(calendarPage.indexOf("Automate " + this.tag));
		List<VEvent> tentativeEvents = events(page("/fairs/" + tentative + ".ics", null));
		assertThat(value(tentativeEvents.get(0), "STATUS")).isEqualTo("TENTATIVE");
		assertThat(value(tentativeEvents.get(0), "SUMMARY")).contains("Dates à confirmer");
		assertThat(value(events(page("/fairs/" + confirmed + ".ics", null)).get(0), "STATUS")).isEqualTo("CONFIRMED");
		// the form keeps it, and the next edition of a fair starts as to be confirmed
		assertThat(page("/fairs/" + tentative + "/edit", this.coordinator)).contains("name=\"datesTentative\"")
			.contains("checked");
	}

	// --- helpers

	private long create(String name, String country, LocalDate start, Set<String> sectors) {
		return this.calendar.create(this.coordinator, new FairDraft(name, "GL events Exhibitions", "Lyon", country,
				"Eurexpo", start, start.plusDays(3), sectors, "https://www.global-industrie.com", null), null);
	}

	private FairDraft draft(String name, LocalDate start) {
		return new FairDraft(name, "NürnbergMesse", "Nuremberg", "DE", "Messezentrum", start, start.plusDays(2),
				Set.of("27"), null, null);
	}

	private List<Long> ids(Query query) {
		return this.calendar.search(query, 0).getContent().stream().map(FairView::id).toList();
	}

	private int count(String namePart) {
		return this.jdbc.queryForObject("select count(*) from fair where name like ?", Integer.class,
				"%" + namePart + "%");
	}

	private MockHttpServletResponse form(MockHttpServletRequestBuilder request, CoopexUser who, String name,
			String start, String end, String... overrides) throws Exception {
		request.with(csrf()).with(user(who));
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("name", name);
		params.put("organiser", "Messe München");
		params.put("city", "Munich");
		params.put("country", "DE");
		params.put("venue", "Messe München");
		params.put("startsOn", start);
		params.put("endsOn", end);
		params.put("website", "https://automatica-munich.com");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(request::param);
		if (!params.containsKey("sectors")) {
			request.param("sectors", "28", "C");
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private void assertRefused(String field, String message, String start, String end, String... overrides)
			throws Exception {
		MockHttpServletResponse response = form(post("/fairs/new"), this.coordinator, "Refusé " + this.tag, start, end,
				overrides);
		assertThat(response.getStatus()).as(field).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).as(field).contains("id=\"" + field + "-error\"").contains(message);
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletRequestBuilder request = get(url);
		if (who != null) {
			request.with(user(who));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private static List<VEvent> events(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics))
			.getComponents("VEVENT")
			.stream()
			.map(VEvent.class::cast)
			.toList();
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

}
