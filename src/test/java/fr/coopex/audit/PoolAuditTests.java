package fr.coopex.audit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change to a pool is in the audit trail: cost lines added, edited and deleted, key
 * changes, the confirmation of the split, its reopening, cash calls and payments.
 */
@IntegrationTest
class PoolAuditTests {

	@Autowired
	Ledger ledger;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyChangeToAPoolIsAuditedWithWhoDidIt() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Salon audité " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser alpha = this.fixtures.member();
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, System.nanoTime() % 1_000_000_000L,
				ecosystem, "Stand audité", AllocationKey.BY_AREA, Set.of());
		this.ledger.join(alpha, pool,
				new ParticipantDraft(alpha.organisationId(), "Alpha", new BigDecimal("12"), null, 45, false, 0));

		long item = this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Surface nue", CostCategory.SPACE, new BigDecimal("1200.00"), new BigDecimal("20")));
		this.ledger.updateItem(coordinator, pool, version(pool), item,
				CostItemDraft.of("Surface nue", CostCategory.SPACE, new BigDecimal("1500.00"), new BigDecimal("20")));
		long other = this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Électricité", CostCategory.POWER, new BigDecimal("300.00"), new BigDecimal("20")));
		this.ledger.removeItem(coordinator, pool, version(pool), other);
		this.ledger.changeKey(coordinator, pool, version(pool), AllocationKey.EQUAL);
		this.ledger.setKeys(coordinator, pool, version(pool), alpha.organisationId(), new BigDecimal("15"), null);
		this.ledger.post(coordinator, pool, version(pool));
		this.ledger.reopen(coordinator, pool, version(pool));
		this.ledger.post(coordinator, pool, version(pool));
		this.ledger.callDeposits(coordinator, pool, version(pool), "Acompte", new BigDecimal("50"),
				LocalDate.now().plusDays(30));
		this.ledger.recordPayment(coordinator, pool, version(pool),
				new PaymentDraft(alpha.organisationId(), null, new BigDecimal("100.00"), LocalDate.now(), "VIR 1"));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(actions(pool)).contains("LEDGER_COST_ITEM_ADDED",
					"LEDGER_COST_ITEM_CHANGED", "LEDGER_COST_ITEM_REMOVED", "LEDGER_KEY_CHANGED",
					"LEDGER_PARTICIPANT_KEYS_SET", "LEDGER_SPLIT_POSTED", "LEDGER_REOPENED", "LEDGER_DEPOSITS_CALLED",
					"LEDGER_PAYMENT_RECORDED"));
		assertThat(this.jdbc.queryForList("select distinct actor from audit_event where target = ?", String.class,
				"pool " + pool))
			.containsExactly(coordinator.email());
		assertThat(this.jdbc.queryForList("select details from audit_event where target = ? and action like ?",
				String.class, "pool " + pool, "LEDGER_COST_ITEM_%"))
			.containsExactlyInAnyOrder("Stand audité: Surface nue: 1200.00", "Stand audité: Surface nue: 1500.00",
					"Stand audité: Électricité: 300.00", "Stand audité: Électricité: 300.00");
		// the organisation of the person who changed the pool sees it on its own audit
		// page
		assertThat(this.jdbc.queryForList("select distinct organisation_id from audit_event where target = ?",
				Long.class, "pool " + pool))
			.containsExactly(coordinator.organisationId());
	}

	@Autowired
	fr.coopex.ledger.PaymentDeclarations declarations;

	@Test
	void aDeclaredPaymentIsAuditedWithWhoDeclaredItAndWhoConfirmedIt() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator,
				new EcosystemDraft("Déclaration auditée " + System.nanoTime(), "Exposer ensemble", Set.of("DE"),
						Set.of("28"), true, null));
		CoopexUser alpha = this.fixtures.member();
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, System.nanoTime() % 1_000_000_000L,
				ecosystem, "Stand déclaré", AllocationKey.EQUAL, Set.of());
		this.ledger.join(alpha, pool,
				new ParticipantDraft(alpha.organisationId(), "Alpha", new BigDecimal("12"), null, 45, false, 0));
		this.ledger.addItem(coordinator, pool, version(pool),
				CostItemDraft.of("Surface nue", CostCategory.SPACE, new BigDecimal("1000.00"), BigDecimal.ZERO));
		long call = this.ledger.callDeposits(coordinator, pool, version(pool), "Acompte", new BigDecimal("50"),
				LocalDate.now().minusDays(2));
		long declaration = this.declarations.declare(alpha, pool, version(pool), call, alpha.organisationId(),
				new fr.coopex.ledger.PaymentDeclarations.DeclarationDraft(new BigDecimal("500.00"), LocalDate.now(),
						"VIR 9"));
		this.declarations.confirm(coordinator, pool, version(pool), declaration);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(actions(pool)).contains("LEDGER_PAYMENT_DECLARED",
					"LEDGER_DECLARATION_CONFIRMED", "LEDGER_PAYMENT_RECORDED"));
		assertThat(this.jdbc.queryForObject("select actor from audit_event where target = ? and action = ?",
				String.class, "pool " + pool, "LEDGER_PAYMENT_DECLARED"))
			.isEqualTo(alpha.email());
		assertThat(this.jdbc.queryForObject("select actor from audit_event where target = ? and action = ?",
				String.class, "pool " + pool, "LEDGER_DECLARATION_CONFIRMED"))
			.isEqualTo(coordinator.email());
		assertThat(this.jdbc.queryForObject("select details from audit_event where target = ? and action = ?",
				String.class, "pool " + pool, "LEDGER_DECLARATION_CONFIRMED"))
			.contains("declaration " + declaration, "declared by ", "(user " + alpha.id() + ")", "500.00 EUR");
	}

	private List<String> actions(long pool) {
		return this.jdbc.queryForList("select action from audit_event where target = ?", String.class, "pool " + pool);
	}

	private long version(long pool) {
		return this.jdbc.queryForObject("select version from ledger_pool where id = ?", Long.class, pool);
	}

}
