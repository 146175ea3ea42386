package fr.coopex.fairs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairView;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandManagement.StandDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.ControllerSlice;
import fr.coopex.support.Slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
 * Opening a shared stand at a fair, as a coordinator does it: the form, its checks (areas
 * written the French way included) and the redirect, with the stands service mocked.
 */
@WebMvcTest(StandController.class)
@ControllerSlice
@Import(FairFormat.class)
class StandControllerSliceTests {

	private static final CoopexUser COORDINATOR = Slices.person(3, Role.COORDINATOR, 30);

	private static final long FAIR = 11;

	private static final long ECOSYSTEM = 5;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private StandManagement stands;

	@MockitoBean
	private FairCalendar calendar;

	@BeforeEach
	void aFairAndAnEcosystemToOpenTheStandIn() {
		given(this.calendar.find(FAIR)).willReturn(new FairView(FAIR, FAIR, "Hannover Messe", "Deutsche Messe",
				"Hanovre", "DE", null, Slices.TODAY.plusMonths(2), Slices.TODAY.plusMonths(2).plusDays(4), List.of(),
				null, null, 0, Instant.EPOCH, false));
		given(this.stands.ecosystemsToOpenIn(COORDINATOR)).willReturn(List.of(new EcosystemSummary(ECOSYSTEM,
				"Mécanique Rhône export", null, null, null, true, Set.of(), Set.of(), 4, 1)));
	}

	@Test
	void showsTheStandFormWithTheFairAndTheEcosystemsToChooseFrom() throws Exception {
		this.mvc.perform(get("/stands/new").param("fair", String.valueOf(FAIR)).with(Slices.as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(view().name("fairs/stand-form"))
			.andExpect(model().attributeExists("standForm", "fair", "ecosystemChoices"));
	}

	@Test
	void showsTheFormAgainWithAnErrorOnEachMissingFieldAndOpensNothing() throws Exception {
		this.mvc
			.perform(
					post("/stands/new").with(Slices.as(COORDINATOR)).with(csrf()).param("fairId", String.valueOf(FAIR)))
			.andExpect(status().isOk())
			.andExpect(view().name("fairs/stand-form"))
			.andExpect(model().attributeHasFieldErrors("standForm", "ecosystemId", "totalArea", "minShare",
					"bookingDeadline"));
		verify(this.stands, never()).open(any(), anyLong(), anyLong(), any());
	}

	@Test
	void showsTheFormAgainWhenTheDescriptionIsTooLongAndOpensNothing() throws Exception {
		this.mvc.perform(valid().param("description", "d".repeat(2001)))
			.andExpect(view().name("fairs/stand-form"))
			.andExpect(model().attributeHasFieldErrors("standForm", "description"))
			.andExpect(model().errorCount(1));
		verify(this.stands, never()).open(any(), anyLong(), anyLong(), any());
	}

	@Test
	void showsTheFormAgainWhenAnAreaIsNotANumberAndOpensNothing() throws Exception {
		this.mvc.perform(valid().param("totalArea", "vingt"))
			.andExpect(view().name("fairs/stand-form"))
			.andExpect(model().attributeHasFieldErrors("standForm", "totalArea"));
		verify(this.stands, never()).open(any(), anyLong(), anyLong(), any());
	}

	@Test
	void opensTheStandOnceWithAreasWrittenTheFrenchWayAndShowsIt() throws Exception {
		given(this.stands.open(eq(COORDINATOR), eq(FAIR), eq(ECOSYSTEM), any())).willReturn(77L);
		this.mvc.perform(valid())
			.andExpect(redirectedUrl("/stands/77"))
			.andExpect(flash().attribute("message", "fairs.stand.opened"));
		ArgumentCaptor<StandDraft> draft = ArgumentCaptor.forClass(StandDraft.class);
		verify(this.stands, times(1)).open(eq(COORDINATOR), eq(FAIR), eq(ECOSYSTEM), draft.capture());
		assertThat(draft.getValue().totalArea()).isEqualByComparingTo(new BigDecimal("1234.5"));
		assertThat(draft.getValue().minShare()).isEqualByComparingTo(new BigDecimal("4.5"));
		assertThat(draft.getValue().bookingDeadline()).isEqualTo(Slices.TODAY.plusMonths(1));
	}

	private MockHttpServletRequestBuilder valid() {
		return post("/stands/new").with(Slices.as(COORDINATOR))
			.with(csrf())
			.param("fairId", String.valueOf(FAIR))
			.param("ecosystemId", String.valueOf(ECOSYSTEM))
			.param("totalArea", "1 234,5")
			.param("minShare", "4,5")
			.param("bookingDeadline", Slices.TODAY.plusMonths(1).toString());
	}

}
