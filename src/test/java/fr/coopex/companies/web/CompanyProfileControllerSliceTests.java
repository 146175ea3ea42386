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
import fr.coopex.companies.CompanyException;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.CompanyRegister;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfilePreview;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Reticence;
import fr.coopex.companies.Visibility;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.ControllerSlice;
import fr.coopex.support.Slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
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

	@Test
	void readsEveryPartOfTheFormWithTheVisibilitiesAndTheUntickedBoxes() throws Exception {
		this.mvc
			.perform(valid().param("nafCode", " 28.41z ")
				.param("website", "www.forges.fr")
				.param("headcount", "FROM_10_TO_19")
				.param("_innovative", "on")
				.param("foundedYear", "1998")
				.param("exportShare", "40")
				.param("marketsServed", "DE", "CN")
				.param("products", "Engrenages")
				.param("_obstacles", "on")
				.param("reticences", "TRUST")
				.param("visibilities[TRADE_NAME]", "PRIVATE")
				.param("visibilities[TURNOVER]", "PUBLIC"))
			.andExpect(redirectedUrl("/companies/20"));
		ArgumentCaptor<ProfileUpdate> captured = ArgumentCaptor.forClass(ProfileUpdate.class);
		verify(this.companies).update(eq(MANAGER), captured.capture());
		ProfileUpdate update = captured.getValue();
		assertThat(update.nafCode()).isEqualTo("28.41Z");
		assertThat(update.website()).isEqualTo("https://www.forges.fr");
		assertThat(update.headcount()).isEqualTo(HeadcountBand.FROM_10_TO_19);
		assertThat(update.innovative()).isFalse();
		assertThat(update.foundedYear()).isEqualTo(1998);
		assertThat(update.exportShare()).isEqualTo(40);
		assertThat(update.marketsServed()).containsExactlyInAnyOrder("DE", "CN");
		assertThat(update.marketsTargeted()).isEmpty();
		assertThat(update.products()).isEqualTo("Engrenages");
		assertThat(update.obstacles()).isEmpty();
		assertThat(update.reticences()).containsExactly(Reticence.TRUST);
		assertThat(update.visibilities()).containsEntry(ProfileField.TRADE_NAME, Visibility.PRIVATE)
			.containsEntry(ProfileField.TURNOVER, Visibility.PUBLIC)
			.containsEntry(ProfileField.RETICENCES, ProfileField.RETICENCES.defaultVisibility());
	}

	@Test
	void showsEveryErrorAndWhatWasTypedWhenANumberCannotBeRead() throws Exception {
		String page = this.mvc
			.perform(valid().param("tradeName", "T".repeat(201))
				.param("foundedYear", "mil neuf cent")
				.param("exportShare", "150")
				.param("products", "Engrenages de précision")
				.param("visibilities[TRADE_NAME]", "PRIVATE"))
			.andExpect(view().name("companies/profile-form"))
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "foundedYear", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "tradeName", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "exportShare", "Max"))
			.andExpect(model().errorCount(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Forges de Lyon SAS\"")
			.contains("value=\"150\"")
			.contains("Engrenages de pr&eacute;cision</textarea>")
			.containsPattern("<option value=\"PRIVATE\" selected=\"selected\">[^<]*</option>");
		verify(this.companies, never()).update(any(), any());
	}

	@Test
	void showsARefusalOfTheServiceNextToItsField() throws Exception {
		willThrow(new CompanyException("nafCode", "companies.profile.naf-unknown")).given(this.companies)
			.update(eq(MANAGER), any());
		this.mvc.perform(valid().param("nafCode", "99.99Z"))
			.andExpect(view().name("companies/profile-form"))
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "nafCode", "companies.profile.naf-unknown"));
	}

	private MockHttpServletRequestBuilder valid() {
		return post("/account/company").with(Slices.as(MANAGER))
			.with(csrf())
			.param("version", "3")
			.param("legalName", "Forges de Lyon SAS");
	}

}
