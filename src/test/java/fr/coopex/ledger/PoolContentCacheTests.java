package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool's content is kept in its named cache between reads, and never shown once the
 * pool has moved on: neither after a change through the ledger (whose event drops it) nor
 * after a change made by another instance (whose new version the next read sees).
 */
@IntegrationTest
class PoolContentCacheTests {

	@Autowired
	Ledger ledger;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CacheManager caches;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPoolsContentIsKeptBetweenReadsAndReadAgainOnceThePoolChanges() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Cache " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser alpha = this.fixtures.member();
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.MISSION, System.nanoTime(), ecosystem,
				"Mission en cache", AllocationKey.EQUAL, Set.of());
		this.ledger.join(alpha, pool, ParticipantDraft.withArea(alpha.organisationId(), "Alpha", null));
		this.ledger.addItem(coordinator, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Traduction", CostCategory.OTHER, new BigDecimal("800"), new BigDecimal("20")));
		assertThat(this.ledger.pool(alpha, pool).split().total()).isEqualByComparingTo("960.00");
		assertThat(kept(pool)).as("kept after a read").isTrue();

		// through the ledger: the change's event drops what was kept
		this.ledger.addItem(coordinator, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Interprète", CostCategory.OTHER, new BigDecimal("200"), new BigDecimal("20")));
		assertThat(kept(pool)).as("dropped by the change").isFalse();
		assertThat(this.ledger.pool(alpha, pool).split().total()).isEqualByComparingTo("1200.00");

		// another instance adds an item and moves the version on: no event here
		this.jdbc.update("insert into ledger_cost_item (pool_id, label, category, amount, vat_rate, paid_by) "
				+ "values (?, 'Navette', 'OTHER', 100, 20, 'COORDINATION')", pool);
		this.jdbc.update("update ledger_pool set version = version + 1 where id = ?", pool);
		assertThat(kept(pool)).isTrue();
		assertThat(this.ledger.pool(alpha, pool).split().total()).isEqualByComparingTo("1320.00");
	}

	private boolean kept(long poolId) {
		return this.caches.getCache(CacheConfiguration.LEDGER_POOL_CONTENTS).get(poolId) != null;
	}

}
