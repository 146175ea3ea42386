package fr.coopex.aids.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.coopex.aids.ApplicationStatus;
import fr.coopex.aids.ApplicationTracker;
import fr.coopex.aids.ApplicationTracker.ApplicationUpdate;
import fr.coopex.aids.ApplicationTracker.ApplicationView;
import fr.coopex.aids.DeMinimisRegister;
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
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A company edits one of its applications: the form filled from it, amounts written the
 * French way, the checklist, and what the page shows again after a refusal, with the
 * tracker mocked.
 */
@WebMvcTest(ApplicationController.class)
@ControllerSlice
class ApplicationControllerSliceTests {

	private static final CoopexUser MEMBER = Slices.person(3, Role.MEMBER, 30);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ApplicationTracker tracker;

	@MockitoBean
	private DeMinimisRegister deMinimis;

	@BeforeEach
	void theCompanyHasAnApplication() {
		given(this.tracker.get(MEMBER, 7)).willReturn(new ApplicationView(7, 70, "Prospection Export",
				ApplicationStatus.PREPARING, new BigDecimal("1200.50"), null, LocalDate.of(2026, 3, 2), null, null,
				"À relire", List.of("Kbis", "Devis du salon"), Set.of("Kbis"), Instant.EPOCH, 4));
		given(this.deMinimis.wouldExceed(anyLong(), any(), any())).willReturn(Optional.empty());
	}

	@Test
	void showsTheFormFilledFromTheApplication() throws Exception {
		String page = this.mvc.perform(get("/applications/7").with(Slices.as(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(view().name("aids/application"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"1\u202f200,50\"").contains("&Agrave; relire</textarea>");
		assertThat(checked(page, "Kbis")).isTrue();
		assertThat(checked(page, "Devis du salon")).isFalse();
		// each box has the id its label names, and an unticked box still sends its marker
		assertThat(box(page, "Devis du salon")).contains("id=\"doc-1\"").contains("name=\"documentsDone\"");
		assertThat(page).contains("for=\"doc-1\"").contains("name=\"_documentsDone\"");
	}

	@Test
	void savesAmountsWrittenTheFrenchWayAndTheTickedDocuments() throws Exception {
		this.mvc
			.perform(form().param("amountRequested", "12 500,50")
				.param("amountGranted", "")
				.param("plannedOn", "2026-03-02")
				.param("documentsDone", "Kbis", "Devis du salon")
				.param("notes", "Envoyé"))
			.andExpect(redirectedUrl("/applications/7"));
		ApplicationUpdate update = saved();
		assertThat(update.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(update.amountRequested()).isEqualByComparingTo("12500.50");
		assertThat(update.amountGranted()).isNull();
		assertThat(update.plannedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(update.documentsDone()).containsExactlyInAnyOrder("Kbis", "Devis du salon");
		assertThat(update.notes()).isEqualTo("Envoyé");
		assertThat(update.version()).isEqualTo(4);
	}

	@Test
	void savesNoDocumentWhenEveryBoxIsUnticked() throws Exception {
		this.mvc.perform(form().param("_documentsDone", "on")).andExpect(redirectedUrl("/applications/7"));
		assertThat(saved().documentsDone()).isEmpty();
	}

	@Test
	void showsEveryErrorAndWhatWasTypedWhenAnAmountCannotBeRead() throws Exception {
		String page = this.mvc
			.perform(form().param("amountRequested", "douze cents")
				.param("amountGranted", "-5")
				.param("documentsDone", "Devis du salon")
				.param("notes", "Notes gardées"))
			.andExpect(view().name("aids/application"))
			.andExpect(model().attributeHasFieldErrorCode("applicationForm", "amountRequested", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("applicationForm", "amountGranted", "DecimalMin"))
			.andExpect(model().errorCount(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"douze cents\"")
			.contains("value=\"-5\"")
			.contains("Notes gard&eacute;es</textarea>")
			.contains("Indiquez un montant positif en euros.");
		assertThat(checked(page, "Devis du salon")).isTrue();
		assertThat(checked(page, "Kbis")).isFalse();
		verify(this.tracker, never()).update(any(), anyLong(), any());
	}

	private MockHttpServletRequestBuilder form() {
		return post("/applications/7").with(Slices.as(MEMBER))
			.with(csrf())
			.param("status", "SUBMITTED")
			.param("version", "4");
	}

	private ApplicationUpdate saved() {
		ArgumentCaptor<ApplicationUpdate> update = ArgumentCaptor.forClass(ApplicationUpdate.class);
		verify(this.tracker).update(eq(MEMBER), eq(7L), update.capture());
		return update.getValue();
	}

	private static boolean checked(String page, String document) {
		return box(page, document).contains("checked");
	}

	private static String box(String page, String document) {
		Matcher input = Pattern.compile("<input[^>]*type=\"checkbox\"[^>]*value=\"" + document + "\"[^>]*>")
			.matcher(page);
		assertThat(input.find()).as("a box for " + document).isTrue();
		return input.group();
	}

}
