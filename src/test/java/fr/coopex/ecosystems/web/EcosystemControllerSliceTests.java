package fr.coopex.ecosystems.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.companies.ChoiceLists;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.ecosystems.CoopetitionMaps;
import fr.coopex.ecosystems.EcosystemDirectory;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemPayments;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.ControllerSlice;
import fr.coopex.support.Slices;

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
 * Creating an ecosystem, as a coordinator does it: the form, its checks and the redirect,
 * with the ecosystems service mocked.
 */
@WebMvcTest(EcosystemController.class)
@ControllerSlice
@Import(EcosystemChoices.class)
@MockitoBean(types = { EcosystemDirectory.class, CoopetitionMaps.class, Markets.class, NafCatalogue.class,
		ChoiceLists.class, EcosystemPayments.class, fr.coopex.ecosystems.EcosystemGovernance.class,
		GovernanceSections.class, MapTextsWriter.class })
class EcosystemControllerSliceTests {

	private static final CoopexUser COORDINATOR = Slices.person(4, Role.COORDINATOR, 40);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private EcosystemManagement ecosystems;

	@Test
	void showsAnEmptyEcosystemForm() throws Exception {
		this.mvc.perform(get("/ecosystems/new").with(Slices.as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(view().name("ecosystems/form"))
			.andExpect(model().attributeExists("ecosystemForm", "marketChoices", "sectorChoices", "statusChoices"));
	}

	@Test
	void asksVisitorsToSignInFirst() throws Exception {
		this.mvc.perform(get("/ecosystems/new")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void showsAnEmptyFormAgainWithAnErrorOnEachRequiredFieldAndCreatesNothing() throws Exception {
		this.mvc.perform(post("/ecosystems/new").with(Slices.as(COORDINATOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("ecosystems/form"))
			.andExpect(model().attributeHasFieldErrors("ecosystemForm", "name", "purpose"));
		verify(this.ecosystems, never()).create(any(), any());
	}

	@Test
	void showsTheFormAgainWhenTheNameIsTooLongAndCreatesNothing() throws Exception {
		this.mvc.perform(valid().param("name", "N".repeat(151)))
			.andExpect(view().name("ecosystems/form"))
			.andExpect(model().attributeHasFieldErrors("ecosystemForm", "name"))
			.andExpect(model().errorCount(1));
		verify(this.ecosystems, never()).create(any(), any());
	}

	@Test
	void createsAValidEcosystemOnceAndShowsItWithAMessage() throws Exception {
		given(this.ecosystems.create(eq(COORDINATOR), any())).willReturn(12L);
		this.mvc.perform(valid())
			.andExpect(redirectedUrl("/ecosystems/12"))
			.andExpect(flash().attribute("message", "ecosystems.created"));
		verify(this.ecosystems, times(1)).create(eq(COORDINATOR), any());
	}

	private MockHttpServletRequestBuilder valid() {
		return post("/ecosystems/new").with(Slices.as(COORDINATOR))
			.with(csrf())
			.param("name", "Mécanique Rhône export")
			.param("purpose", "Exporter ensemble vers l'Allemagne");
	}

}
