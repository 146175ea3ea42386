package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.GovernanceFixtures.Ecosystem;
import fr.coopex.support.Instances;
import fr.coopex.support.TestDatabase;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database trigger the closing job at the same moment: it runs on
 * one of them only; the result is recorded once and the members are told once.
 */
class ConsultationClosingInstancesTests {

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
		properties.put("coopex.ecosystems.consultation-cron", "-");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		return Instances.start(properties);
	}

	@Test
	void theClosingJobTriggeredOnBothInstancesRunsOnce() throws Exception {
		GovernanceFixtures fixtures = first.getBean(GovernanceFixtures.class);
		Ecosystem e = fixtures.ecosystemWithMembers(1);
		long id = fixtures.open(e, 50, Majority.SIMPLE, false, null, "Oui", "Non");
		first.getBean(EcosystemGovernance.class).vote(e.members().get(0), e.id(), id, fixtures.options(e, id).get(0));
		JdbcTemplate jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
		jdbc.update("update ecosystem_consultation set deadline = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), id);
		jdbc.update("delete from shedlock where name = 'ecosystems-consultations'");
		String email = e.members().get(0).email();
		// the invitation to vote has arrived
		await().until(() -> TestMail.to(email).size() >= 1);
		int mails = TestMail.to(email).size();

		CyclicBarrier start = new CyclicBarrier(2);
		List<Integer> runs = List.of(first, second).stream().map((context) -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return context.getBean(ConsultationClosing.class).closeDue();
		})).toList().stream().map(CompletableFuture::join).toList();

		assertThat(runs).filteredOn(Objects::nonNull).hasSize(1);
		assertThat(jdbc.queryForObject("select outcome from ecosystem_consultation where id = ?", String.class, id))
			.isEqualTo("adopted");
		await().until(() -> TestMail.to(email).size() > mails);
		assertThat(TestMail.to(email)).hasSize(mails + 1);
	}

}
