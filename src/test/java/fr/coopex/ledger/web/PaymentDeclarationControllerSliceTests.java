package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.ledger.PaymentDeclarations.DeclarationDraft;
import fr.coopex.ledger.PaymentDeclarations.LineToPay;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A member's declaration of a payment: the form, its checks at the edge (amount written
 * the French way, date window, reference length), the service's refusals shown on the
 * form in words, the double-post guard, and the managers' confirm and reject actions,
 * with the service mocked.
 */
@WebMvcTest(PaymentDeclarationController.class)
@ControllerSlice
class PaymentDeclarationControllerSliceTests {

	private static final CoopexUser MEMBER = Slices.person(8, Role.MEMBER, 80);

	private static final CoopexUser COORDINATOR = Slices.person(3, Role.COORDINATOR, 30);

	private static final long POOL = 21;

	private static final long CALL = 7;

	private static final long VERSION = 4;

	private static final String URL = "/pools/21/cash-calls/7/payment";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PaymentDeclarations declarations;

	@Test
	void showsTheFormWithWhatRemainsDueAndThePoolsVersion() throws Exception {
		given(this.declarations.line(MEMBER, POOL, CALL)).willReturn(line());
		this.mvc.perform(get(URL).with(Slices.as(MEMBER)))
			.andExpect(status().isOk())
			.andExpect(view().name("ledger/declare-payment"))
			.andExpect(model().attributeExists("declarationForm"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"declaration-form\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"version\" value=\"4\"")));
	}

	@Test
	void declaresAnAmountWrittenTheFrenchWayOnceAndRedirects() throws Exception {
		given(this.declarations.line(MEMBER, POOL, CALL)).willReturn(line());
		this.mvc.perform(declaration("1 234,56", LocalDate.now().toString(), "VIR 42"))
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("message", "ledger.declaration.sent"));
		ArgumentCaptor<DeclarationDraft> draft = ArgumentCaptor.forClass(DeclarationDraft.class);
		verify(this.declarations, times(1)).declare(eq(MEMBER), eq(POOL), eq(VERSION), eq(CALL), eq(80L),
				draft.capture());
		assertThat(draft.getValue().amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
		assertThat(draft.getValue().reference()).isEqualTo("VIR 42");
	}

	@Test
	void showsTheFormAgainOnAnAmountThatIsNotOneAZeroAmountADateOutOfTheWindowOrALongReference() throws Exception {
		given(this.declarations.line(MEMBER, POOL, CALL)).willReturn(line());
		String today = LocalDate.now().toString();
		this.mvc.perform(declaration("mille euros", today, null))
			.andExpect(status().isOk())
			.andExpect(view().name("ledger/declare-payment"))
			.andExpect(model().attributeHasFieldErrors("declarationForm", "amount"));
		this.mvc.perform(declaration("0", today, null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("declarationForm", "amount"));
		this.mvc.perform(declaration("12,345", today, null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("declarationForm", "amount"));
		this.mvc.perform(declaration("100", "1999-12-31", null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("declarationForm", "paidOn"));
		this.mvc.perform(declaration("100", LocalDate.now().plusYears(2).toString(), null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("declarationForm", "paidOn"));
		this.mvc.perform(declaration("100", "", null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("declarationForm", "paidOn"));
		this.mvc.perform(declaration("100", today, "R".repeat(201)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("declarationForm", "reference"));
		verify(this.declarations, never()).declare(any(), anyLong(), anyLong(), anyLong(), anyLong(), any());
	}

	@Test
	void showsTheServicesRefusalInWordsOnTheForm() throws Exception {
		given(this.declarations.line(MEMBER, POOL, CALL)).willReturn(line());
		given(this.declarations.declare(eq(MEMBER), eq(POOL), eq(VERSION), eq(CALL), eq(80L), any()))
			.willThrow(new LedgerException("amount", "ledger.declaration.over-outstanding"))
			.willThrow(new LedgerException(null, "ledger.declaration.already-pending"));
		this.mvc.perform(declaration("900", LocalDate.now().toString(), null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("declarationForm", "amount",
					"ledger.declaration.over-outstanding"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("dépasse ce qui reste dû")));
		this.mvc.perform(declaration("100", LocalDate.now().toString(), null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("declarationForm"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("attend déjà la confirmation")));
	}

	@Test
	void aSecondPostOfTheSameFormIsRefusedAsStaleAndAFormWithoutVersionSavesNothing() throws Exception {
		given(this.declarations.line(MEMBER, POOL, CALL)).willReturn(line());
		given(this.declarations.declare(eq(MEMBER), eq(POOL), eq(VERSION), eq(CALL), eq(80L), any()))
			.willThrow(new LedgerException(null, "ledger.stale"));
		this.mvc.perform(declaration("100", LocalDate.now().toString(), null))
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("error", "ledger.stale"));
		this.mvc
			.perform(post(URL).with(Slices.as(MEMBER))
				.with(csrf())
				.param("amount", "100")
				.param("paidOn", LocalDate.now().toString()))
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("error", "ledger.stale"));
		verify(this.declarations, never()).declare(any(), anyLong(), eq(Long.MIN_VALUE), anyLong(), anyLong(), any());
	}

	@Test
	void refusesAPostWithoutItsCsrfToken() throws Exception {
		this.mvc
			.perform(post(URL).with(Slices.as(MEMBER))
				.param("version", String.valueOf(VERSION))
				.param("amount", "100")
				.param("paidOn", LocalDate.now().toString()))
			.andExpect(status().isForbidden());
		verify(this.declarations, never()).declare(any(), anyLong(), anyLong(), anyLong(), anyLong(), any());
	}

	@Test
	void aManagerConfirmsOrRejectsWithAReasonAndIsToldWhenTheReasonIsMissing() throws Exception {
		this.mvc
			.perform(post("/console/pools/21/declarations/5/confirm").with(Slices.as(COORDINATOR))
				.with(csrf())
				.param("version", "4"))
			.andExpect(redirectedUrl("/console/pools/21#declarations"))
			.andExpect(flash().attribute("message", "ledger.declaration.confirmed"));
		verify(this.declarations).confirm(COORDINATOR, POOL, VERSION, 5);
		org.mockito.BDDMockito.willThrow(new LedgerException("reason", "ledger.declaration.reason-required"))
			.given(this.declarations)
			.reject(COORDINATOR, POOL, VERSION, 5, null);
		this.mvc
			.perform(post("/console/pools/21/declarations/5/reject").with(Slices.as(COORDINATOR))
				.with(csrf())
				.param("version", "4"))
			.andExpect(redirectedUrl("/console/pools/21#declarations"))
			.andExpect(flash().attribute("error", "ledger.declaration.reason-required"));
		this.mvc
			.perform(post("/console/pools/21/declarations/5/reject").with(Slices.as(COORDINATOR))
				.with(csrf())
				.param("version", "4")
				.param("reason", "Aucun virement reçu"))
			.andExpect(flash().attribute("message", "ledger.declaration.rejected"));
		verify(this.declarations).reject(COORDINATOR, POOL, VERSION, 5, "Aucun virement reçu");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder declaration(String amount,
			String paidOn, String reference) {
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request = post(URL)
			.with(Slices.as(MEMBER))
			.with(csrf())
			.param("version", String.valueOf(VERSION))
			.param("amount", amount)
			.param("paidOn", paidOn);
		return (reference != null) ? request.param("reference", reference) : request;
	}

	private static LineToPay line() {
		return new LineToPay(POOL, "Stand Hannover Messe", VERSION, CALL, "Acompte", LocalDate.now().minusDays(3),
				new BigDecimal("500.00"), new BigDecimal("500.00"), true, null, List.of());
	}

}
