package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
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
 * The coordinator's console of a cost pool: the page and its forms, a cost line's checks
 * (amounts written the French way included) and the redirect, with the ledger mocked.
 */
@WebMvcTest(PoolConsoleController.class)
@ControllerSlice
class PoolConsoleControllerSliceTests {

	private static final CoopexUser COORDINATOR = Slices.person(3, Role.COORDINATOR, 30);

	private static final long POOL = 21;

	private static final long VERSION = 4;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Ledger ledger;

	@MockitoBean
	private PaymentDeclarations declarations;

	@MockitoBean(name = "poolDeMinimis")
	private PoolDeMinimis deMinimis;

	@Test
	void showsTheConsoleWithAnEmptyFormOfEachKindToTheManager() throws Exception {
		given(this.ledger.pool(COORDINATOR, POOL)).willReturn(pool(true));
		this.mvc.perform(get("/console/pools/{id}", POOL).with(Slices.as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(view().name("ledger/console"))
			.andExpect(model().attribute("pool", pool(true)))
			.andExpect(model().attributeExists("itemForm", "subsidyForm", "paymentForm", "cashCallForm", "categories"));
	}

	@Test
	void refusesTheConsoleToAParticipantWhoDoesNotManageThePool() throws Exception {
		CoopexUser member = Slices.person(8, Role.MEMBER, 80);
		given(this.ledger.pool(member, POOL)).willReturn(pool(false));
		this.mvc.perform(get("/console/pools/{id}", POOL).with(Slices.as(member))).andExpect(status().isForbidden());
	}

	@Test
	void showsTheConsoleAgainWithAnErrorOnAnAmountThatIsNotOneAndAddsNothing() throws Exception {
		given(this.ledger.pool(COORDINATOR, POOL)).willReturn(pool(true));
		this.mvc
			.perform(post("/console/pools/{id}/items", POOL).with(Slices.as(COORDINATOR))
				.with(csrf())
				.param("version", String.valueOf(VERSION))
				.param("label", "Surface nue")
				.param("amount", "mille euros"))
			.andExpect(status().isOk())
			.andExpect(view().name("ledger/console"))
			.andExpect(model().attributeHasFieldErrors("itemForm", "amount"));
		verify(this.ledger, never()).addItem(any(), anyLong(), anyLong(), any());
	}

	@Test
	void addsACostLineOnceWithAnAmountWrittenTheFrenchWayAndShowsTheConsole() throws Exception {
		given(this.ledger.pool(COORDINATOR, POOL)).willReturn(pool(true));
		this.mvc
			.perform(post("/console/pools/{id}/items", POOL).with(Slices.as(COORDINATOR))
				.with(csrf())
				.param("version", String.valueOf(VERSION))
				.param("label", "Surface nue")
				.param("category", "SPACE")
				.param("amount", "1 234,56")
				.param("vatRate", "20")
				.param("paidBy", "COORDINATION"))
			.andExpect(redirectedUrl("/console/pools/" + POOL))
			.andExpect(flash().attribute("message", "ledger.console.added"));
		ArgumentCaptor<CostItemDraft> draft = ArgumentCaptor.forClass(CostItemDraft.class);
		verify(this.ledger, times(1)).addItem(eq(COORDINATOR), eq(POOL), eq(VERSION), draft.capture());
		assertThat(draft.getValue().label()).isEqualTo("Surface nue");
		assertThat(draft.getValue().amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
	}

	@Test
	void refusesAPostWithoutItsCsrfTokenAndAddsNothing() throws Exception {
		this.mvc
			.perform(post("/console/pools/{id}/items", POOL).with(Slices.as(COORDINATOR))
				.param("version", String.valueOf(VERSION))
				.param("label", "Surface nue")
				.param("amount", "1200"))
			.andExpect(status().isForbidden());
		verify(this.ledger, never()).addItem(any(), anyLong(), anyLong(), any());
	}

	/** An open pool with no participant and no cost yet. */
	private static PoolView pool(boolean manager) {
		return new PoolView(POOL, PoolOwnerKind.STAND, 11, 5, "Stand Hannover Messe", "EUR", PoolStatus.OPEN,
				AllocationKey.BY_AREA, VERSION, manager, null, List.of(), List.of(), List.of(), null, null, List.of(),
				List.of(), List.of(), List.of(), null, Instant.EPOCH, Map.of());
	}

}
