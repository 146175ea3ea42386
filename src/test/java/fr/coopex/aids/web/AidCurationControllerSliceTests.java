package fr.coopex.aids.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidData;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.ControllerSlice;
import fr.coopex.support.Slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
 * An agency officer adds an aid to the catalogue: the form, its checks (amounts written
 * the French way included) and the redirect, with the curation service mocked.
 */
@WebMvcTest(AidCurationController.class)
@ControllerSlice
class AidCurationControllerSliceTests {

	private static final CoopexUser OFFICER = Slices.person(9, Role.AGENCY, 90);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AidCuration curation;

	@MockitoBean
	private fr.coopex.aids.DeMinimisRegister deMinimis;

	@Test
	void showsAnEmptyAidFormWithItsChoices() throws Exception {
		this.mvc.perform(get("/aids/manage/new").with(Slices.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name("aids/form"))
			.andExpect(model().attributeExists("aidForm", "kinds", "regions", "sizes", "statuses"));
	}

	@Test
	void showsAnEmptyFormAgainWithAnErrorOnTheNameAndCreatesNothing() throws Exception {
		// the page always sends the version it was built on, zero for a new aid
		this.mvc.perform(post("/aids/manage/new").with(Slices.as(OFFICER)).with(csrf()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("aids/form"))
			.andExpect(model().attributeHasFieldErrors("aidForm", "name"));
		verify(this.curation, never()).create(any(), any());
	}

	@Test
	void showsTheFormAgainWhenTheShortNameIsTooLongAndCreatesNothing() throws Exception {
		this.mvc.perform(valid().param("shortName", "S".repeat(151)))
			.andExpect(view().name("aids/form"))
			.andExpect(model().attributeHasFieldErrors("aidForm", "shortName"))
			.andExpect(model().errorCount(1));
		verify(this.curation, never()).create(any(), any());
	}

	@Test
	void showsTheFormAgainWhenAnAmountIsNotOneAndCreatesNothing() throws Exception {
		this.mvc.perform(valid().param("funding.amountMax", "beaucoup"))
			.andExpect(view().name("aids/form"))
			.andExpect(model().attributeHasFieldErrors("aidForm", "funding.amountMax"));
		verify(this.curation, never()).create(any(), any());
	}

	@Test
	void createsTheAidOnceWithAmountsWrittenTheFrenchWayAndOpensItsEditor() throws Exception {
		given(this.curation.create(eq(OFFICER), any())).willReturn(31L);
		this.mvc.perform(valid())
			.andExpect(redirectedUrl("/aids/manage/31/edit"))
			.andExpect(flash().attribute("message", "aids.curation.created"));
		ArgumentCaptor<AidData> data = ArgumentCaptor.forClass(AidData.class);
		verify(this.curation, times(1)).create(eq(OFFICER), data.capture());
		assertThat(data.getValue().amountMin()).isEqualByComparingTo(new BigDecimal("1234.56"));
		assertThat(data.getValue().amountMax()).isEqualByComparingTo(new BigDecimal("20000"));
	}

	private MockHttpServletRequestBuilder valid() {
		return post("/aids/manage/new").with(Slices.as(OFFICER))
			.with(csrf())
			.param("version", "0")
			.param("name", "Assurance prospection accompagnement")
			.param("funding.amountMin", "1 234,56")
			.param("funding.amountMax", "20 000");
	}

}
