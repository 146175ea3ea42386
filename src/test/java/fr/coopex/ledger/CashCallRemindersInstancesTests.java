package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.Instances;
import fr.coopex.support.TestDatabase;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database trigger the cash call reminders at the same moment: the
 * job runs on one of them only, and each late line is reminded once.
 */
class CashCallRemindersInstancesTests {

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
	}

	private static ConfigurableApplicationContext start() {
		Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
		properties.putAll(TestMail.properties());
		properties.put("coopex.accounts.housekeeping-cron", "-");
		properties.put("coopex.aids.digest-cron", "-");
		properties.put("coopex.labels.expiry-cron", "-");
		properties.put("coopex.ledger.reminders-cron", "-");
		properties.put("coopex.notifications.digest-cron", "-");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		return Instances.start(properties);
	}

	@Test
	void theReminderJobTriggeredOnBothInstancesRunsOnceAndRemindsEachLineOnce() throws Exception {
		Fixtures fixtures = first.getBean(Fixtures.class);
		Ledger ledger = first.getBean(Ledger.class);
		CoopexUser coordinator = fixtures.user(Role.COORDINATOR);
		long ecosystem = first.getBean(EcosystemManagement.class)
			.create(coordinator, new EcosystemDraft("Deux instances " + System.nanoTime(), "Exposer ensemble",
					Set.of("DE"), Set.of("28"), true, null));
		long pool = ledger.openPool(coordinator, PoolOwnerKind.STAND, System.nanoTime() % 1_000_000_000L, ecosystem,
				"Stand", AllocationKey.EQUAL, Set.of());
		for (CoopexUser member : List.of(fixtures.member(), fixtures.member())) {
			ledger.join(member, pool, new ParticipantDraft(member.organisationId(), "Firme " + member.id(),
					BigDecimal.ONE, null, 20, false, 0));
		}
		ledger.addItem(coordinator, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Inscription", CostCategory.REGISTRATION, new BigDecimal("1000.00"), BigDecimal.ZERO));
		long call = ledger.callDeposits(coordinator, pool, Ledger.ANY_VERSION, "Acompte", new BigDecimal("50"),
				LocalDate.now(ClockConfiguration.PARIS).minusDays(1));
		JdbcTemplate jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
		jdbc.update("delete from shedlock where name = 'ledger-cash-call-reminders'");

		CyclicBarrier start = new CyclicBarrier(2);
		List<Integer> runs = List.of(first, second).stream().map((context) -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return context.getBean(CashCallReminders.class).remind();
		})).toList().stream().map(CompletableFuture::join).toList();

		assertThat(runs).filteredOn(Objects::nonNull).hasSize(1);
		assertThat(jdbc.queryForList("select slot from ledger_cash_call_reminder where cash_call_id = ?", String.class,
				call))
			.containsExactly("A1", "A1");
	}

}
