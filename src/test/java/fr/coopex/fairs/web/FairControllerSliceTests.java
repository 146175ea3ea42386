package fr.coopex.fairs.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.StandManagement;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.ControllerSlice;
import fr.coopex.support.Slices;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The fair form as the coordinator or agency officer meets it: binding, validation,
 * redirect, with the calendar mocked.
 */
@WebMvcTest(FairController.class)
@ControllerSlice
class FairControllerSliceTests {

	private static final CoopexUser EDITOR = Slices.person(7, Role.COORDINATOR, 70);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FairCalendar calendar;

	@MockitoBean
	private StandManagement stands;

	@MockitoBean
	private Choices choices;

	@MockitoBean
	private CalendarFilters filters;

	@BeforeEach
	void editorMayEdit() {
		given(this.calendar.mayEdit(EDITOR)).willReturn(true);
		given(this.calendar.today()).willReturn(Slices.TODAY);
	}

	@Test
	void showsAnEmptyFairFormToAnEditor() throws Exception {
		this.mvc.perform(get("/fairs/new").with(Slices.as(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(view().name("fairs/form"))
			.andExpect(model().attributeExists("fairForm", "countryChoices", "sectorChoices"));
	}

	@Test
	void refusesTheFormToSomeoneWhoMayNotEditTheCalendar() throws Exception {
		CoopexUser member = Slices.person(8, Role.MEMBER, 80);
		this.mvc.perform(get("/fairs/new").with(Slices.as(member))).andExpect(status().isForbidden());
	}

	@Test
	void showsAnEmptyFormAgainWithAnErrorOnEachRequiredFieldAndCreatesNothing() throws Exception {
		this.mvc.perform(post("/fairs/new").with(Slices.as(EDITOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("fairs/form"))
			.andExpect(model().attributeHasFieldErrors("fairForm", "name", "organiser", "city", "country", "startsOn",
					"endsOn"));
		verify(this.calendar, never()).create(any(), any(), any());
	}

	@Test
	void showsTheFormAgainWhenTheNameIsTooLongAndCreatesNothing() throws Exception {
		this.mvc.perform(valid().param("name", "S".repeat(201)))
			.andExpect(view().name("fairs/form"))
			.andExpect(model().attributeHasFieldErrors("fairForm", "name"))
			.andExpect(model().errorCount(1));
		verify(this.calendar, never()).create(any(), any(), any());
	}

	@Test
	void createsAValidFairOnceAndShowsItWithAMessage() throws Exception {
		given(this.calendar.create(eq(EDITOR), any(), isNull())).willReturn(42L);
		this.mvc.perform(valid())
			.andExpect(redirectedUrl("/fairs/42"))
			.andExpect(flash().attribute("message", "fairs.created"));
		verify(this.calendar, times(1)).create(eq(EDITOR), any(), isNull());
	}

	@Test
	void refusesAPostWithoutItsCsrfTokenAndCreatesNothing() throws Exception {
		this.mvc
			.perform(post("/fairs/new").with(Slices.as(EDITOR))
				.param("name", "Hannover Messe")
				.param("organiser", "Deutsche Messe")
				.param("city", "Hanovre")
				.param("country", "DE")
				.param("startsOn", "2026-04-20")
				.param("endsOn", "2026-04-24"))
			.andExpect(status().isForbidden());
		verify(this.calendar, never()).create(any(), any(), any());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder valid() {
		return post("/fairs/new").with(Slices.as(EDITOR))
			.with(csrf())
			.param("name", "Hannover Messe")
			.param("organiser", "Deutsche Messe")
			.param("city", "Hanovre")
			.param("country", "DE")
			.param("startsOn", "2026-04-20")
			.param("endsOn", "2026-04-24");
	}

}
