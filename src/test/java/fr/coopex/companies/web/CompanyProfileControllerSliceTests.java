package fr.coopex.companies.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.CompanyRegister;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.ProfilePreview;
import fr.coopex.companies.ProfileUpdate;
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
 * A company manager edits the company's profile: the form filled from the profile, its
 * checks and the redirect to the company's card, with the companies service mocked.
 */
@WebMvcTest(CompanyProfileController.class)
@ControllerSlice
@MockitoBean(types = { Markets.class, NafCatalogue.class, CompanyRegister.class, ProfilePreview.class })
class CompanyProfileControllerSliceTests {

	private static final CoopexUser MANAGER = Slices.person(2, Role.MEMBER, 20);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CompanyManagement companies;

	@BeforeEach
	void theCompanyHasAProfile() {
		given(this.companies.ownProfile(MANAGER)).willReturn(new CompanyCard(20, "Forges de Lyon", "732829320", true,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, Set.of(), Set.of(), null, null, null, Set.of(), Set.of(), Map.of(), 3, Instant.EPOCH));
	}

	@Test
	void showsTheProfileFormFilledFromTheProfile() throws Exception {
		this.mvc.perform(get("/account/company").with(Slices.as(MANAGER)))
			.andExpect(status().isOk())
			.andExpect(view().name("companies/profile-form"))
			.andExpect(model().attribute("profileForm",
					org.hamcrest.Matchers.hasProperty("legalName", org.hamcrest.Matchers.is("Forges de Lyon"))))
			.andExpect(model().attributeExists("company", "regions", "visibilityChoices"));
	}

	@Test
	void keepsThePageForCompanies() throws Exception {
		CoopexUser officer = Slices.person(5, Role.AGENCY, 50);
		this.mvc.perform(get("/account/company").with(Slices.as(officer))).andExpect(status().isForbidden());
	}

	@Test
	void showsTheFormAgainWithAnErrorOnTheEmptyNameAndSavesNothing() throws Exception {
		this.mvc.perform(post("/account/company").with(Slices.as(MANAGER)).with(csrf()).param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(view().name("companies/profile-form"))
			.andExpect(model().attributeHasFieldErrors("profileForm", "legalName"));
		verify(this.companies, never()).update(any(), any());
	}

	@Test
	void showsTheFormAgainWhenTheNameIsTooLongAndSavesNothing() throws Exception {
		this.mvc.perform(valid().param("legalName", "F".repeat(201)))
			.andExpect(view().name("companies/profile-form"))
			.andExpect(model().attributeHasFieldErrors("profileForm", "legalName"))
			.andExpect(model().errorCount(1));
		verify(this.companies, never()).update(any(), any());
	}

	@Test
	void savesAValidProfileOnceAndShowsTheCompanysCard() throws Exception {
		this.mvc.perform(valid())
			.andExpect(redirectedUrl("/companies/20"))
			.andExpect(flash().attribute("message", "companies.profile.saved"));
		ArgumentCaptor<ProfileUpdate> update = ArgumentCaptor.forClass(ProfileUpdate.class);
		verify(this.companies, times(1)).update(eq(MANAGER), update.capture());
		assertThat(update.getValue().legalName()).isEqualTo("Forges de Lyon SAS");
		assertThat(update.getValue().version()).isEqualTo(3);
	}

	private MockHttpServletRequestBuilder valid() {
		return post("/account/company").with(Slices.as(MANAGER))
			.with(csrf())
			.param("version", "3")
			.param("legalName", "Forges de Lyon SAS");
	}

}
