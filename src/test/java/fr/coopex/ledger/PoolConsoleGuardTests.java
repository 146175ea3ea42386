package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's double-post guard: every form carries the version it was built on, and no
 * request can turn the guard off (issue 13, item 13).
 */
@IntegrationTest
class PoolConsoleGuardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser alpha;

	long pool;

	void openPool() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft("Garde " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.pool = this.ledger.openPool(this.coordinator, PoolOwnerKind.STAND, System.nanoTime(), ecosystem, "Salon",
				AllocationKey.EQUAL, Set.of());
		this.ledger.join(this.alpha, this.pool, ParticipantDraft.withArea(this.alpha.organisationId(), "Alpha", null));
		this.ledger.addItem(this.coordinator, this.pool, version(),
				CostItemDraft.of("Stand", CostCategory.SPACE, new BigDecimal("1000"), BigDecimal.ZERO));
	}

	@Test
	void aPaymentSentWithVersionMinusOneIsRefusedAsStale() throws Exception {
		openPool();
		for (String version : List.of("-1", String.valueOf(Long.MIN_VALUE), "-2")) {
			MockHttpServletResponse response = pay(version);
			assertThat(response.getRedirectedUrl()).isEqualTo("/console/pools/" + this.pool);
			assertThat(response.getStatus()).isEqualTo(302);
		}
		assertThat(payments()).isZero();
		MockHttpServletResponse stale = this.mvc
			.perform(post("/console/pools/" + this.pool + "/post").param("version", "-1")
				.with(csrf())
				.with(user(this.coordinator)))
			.andReturn()
			.getResponse();
		assertThat(stale.getStatus()).isEqualTo(302);
		assertThat(this.ledger.pool(this.coordinator, this.pool).isPosted()).isFalse();
	}

	@Test
	void tenParallelPaymentsWithTheSameVersionRecordOne() throws Exception {
		openPool();
		assertThat(parallelPayments(String.valueOf(version()))).isEqualTo(1);
		assertThat(parallelPayments("-1")).isZero();
	}

	/** Ten payments sent at once with this version: how many were recorded. */
	private int parallelPayments(String version) throws Exception {
		int before = payments();
		ExecutorService threads = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				results.add(threads.submit(() -> {
					start.await();
					return pay(version).getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			threads.shutdownNow();
		}
		return payments() - before;
	}

	private MockHttpServletResponse pay(String version) throws Exception {
		return this.mvc
			.perform(post("/console/pools/" + this.pool + "/payments")
				.param("payer", String.valueOf(this.alpha.organisationId()))
				.param("payee", "0")
				.param("amount", "100.00")
				.param("paidOn", LocalDate.now().toString())
				.param("reference", "VIR")
				.param("version", version)
				.with(csrf())
				.with(user(this.coordinator)))
			.andReturn()
			.getResponse();
	}

	private int payments() {
		return this.jdbc.queryForObject("select count(*) from ledger_payment where pool_id = ?", Integer.class,
				this.pool);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, this.pool);
	}

}
