package fr.coopex.labels;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.support.Instances;
import fr.coopex.support.TestDatabase;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database trigger the expiry job at the same moment: it runs on one
 * of them only, the label expires once and its coordinators are told once.
 */
class LabelExpiryInstancesTests {

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
		java.util.Map<String, Object> properties = new java.util.HashMap<>(TestDatabase.properties());
		properties.putAll(TestMail.properties());
		properties.put("coopex.accounts.housekeeping-cron", "-");
		properties.put("coopex.aids.digest-cron", "-");
		properties.put("coopex.labels.expiry-cron", "-");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		return Instances.start(properties);
	}

	@Test
	void theExpiryJobTriggeredOnBothInstancesRunsOnce() throws Exception {
		LabelFixtures.Granted granted = first.getBean(LabelFixtures.class).granted();
		JdbcTemplate jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
		jdbc.update("update label_application set ends_on = starts_on where id = ?", granted.applicationId());
		jdbc.update("delete from shedlock where name = 'labels-expiry'");
		int mails = TestMail.to(granted.ecosystem().leader().email()).size();

		CyclicBarrier start = new CyclicBarrier(2);
		List<LabelExpiry.Run> runs = List.of(first, second)
			.stream()
			.map((context) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return context.getBean(LabelExpiry.class).expireAndRemind();
			}))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(runs).filteredOn(Objects::nonNull).hasSize(1);
		assertThat(jdbc.queryForObject("select status from label_application where id = ?", String.class,
				granted.applicationId()))
			.isEqualTo("EXPIRED");
		assertThat(TestMail.to(granted.ecosystem().leader().email())).hasSize(mails + 1);
	}

}
