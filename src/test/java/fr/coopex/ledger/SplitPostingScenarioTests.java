package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fr.coopex.aids.AidCatalogue;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.LedgerEvents.SplitPosted;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Slices;
import fr.coopex.support.StandaloneModule;
import fr.coopex.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The ledger module on its own, on the test database, as the fairs module drives it for a
 * shared stand: when the coordinator confirms the stand's split, the ledger announces it
 * with the participating companies, which the notifications module tells. The ecosystems,
 * aids and companies modules are mocked.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@Import(StandaloneModule.class)
@MockitoBean(types = { AidCatalogue.class, CompanyManagement.class, fr.coopex.ecosystems.EcosystemHomeFacts.class,
		fr.coopex.aids.DeMinimisRegister.class })
class SplitPostingScenarioTests {

	private static final CoopexUser COORDINATOR = Slices.person(3, Role.COORDINATOR, 30);

	private static final long ECOSYSTEM = 5;

	@Autowired
	private Ledger ledger;

	@MockitoBean
	private EcosystemManagement ecosystems;

	@Test
	void confirmingAStandsSplitAnnouncesItWithEveryParticipant(Scenario scenario) {
		given(this.ecosystems.isCoordinator(COORDINATOR, ECOSYSTEM)).willReturn(true);
		long pool = this.ledger.openPool(COORDINATOR, PoolOwnerKind.STAND, 601, ECOSYSTEM, "Stand Hannover Messe",
				AllocationKey.BY_AREA, Set.of());
		this.ledger.addItem(COORDINATOR, pool, Ledger.ANY_VERSION, CostItemDraft.of("Surface 36 m²", CostCategory.SPACE,
				new BigDecimal("12600.00"), new BigDecimal("20")));
		this.ledger.join(COORDINATOR, pool,
				new ParticipantDraft(41, "Forges de Lyon", new BigDecimal("12"), BigDecimal.ONE, null, false, 0));
		this.ledger.join(COORDINATOR, pool,
				new ParticipantDraft(42, "Tissages du Rhône", new BigDecimal("24"), BigDecimal.ONE, null, false, 0));

		scenario.stimulate(() -> this.ledger.post(COORDINATOR, pool, Ledger.ANY_VERSION))
			.andWaitForEventOfType(SplitPosted.class)
			.matching((posted) -> posted.poolId() == pool)
			.toArriveAndVerify((posted) -> {
				assertThat(posted.companyIds()).containsExactlyInAnyOrder(41L, 42L);
				assertThat(posted.ecosystemId()).isEqualTo(ECOSYSTEM);
				assertThat(posted.title()).isEqualTo("Stand Hannover Messe");
				assertThat(posted.total()).isPositive();
			});
	}

}
