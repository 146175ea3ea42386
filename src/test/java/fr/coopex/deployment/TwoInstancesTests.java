package fr.coopex.deployment;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.accounts.AccountsHousekeeping;
import fr.coopex.support.Fixtures;
import fr.coopex.support.HttpVisitor;
import fr.coopex.support.Instances;
import fr.coopex.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: a session opened
 * on one is valid on the other, a sign-out on one ends it on both, and a scheduled job
 * runs on one instance only.
 */
class TwoInstancesTests {

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
		properties.put("coopex.accounts.housekeeping-cron", "-");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		ConfigurableApplicationContext context = Instances.start(properties);
		assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
		return context;
	}

	private static int port(ConfigurableApplicationContext context) {
		return Instances.port(context);
	}

	@Test
	void aSessionOpenedOnOneInstanceWorksOnTheOther() throws Exception {
		var member = first.getBean(Fixtures.class).member();
		HttpVisitor visitor = new HttpVisitor(port(first));
		assertThat(visitor.signIn(member.email(), Fixtures.PASSWORD)).endsWith("/");
		assertThat(visitor.cookie("COOPEXSESSION")).isNotNull();

		var onSecond = visitor.at(port(second)).get("/account/security");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains(member.email());

		// signing out on the second instance ends the session on the first as well
		visitor.at(port(second)).post("/account/security", "/logout");
		assertThat(visitor.at(port(first)).get("/account/security").statusCode()).isEqualTo(302);
	}

	@Test
	void aScheduledJobTriggeredOnBothInstancesRunsOnce() throws Exception {
		new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
			.update("delete from shedlock where name = 'accounts-housekeeping'");
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Optional<Integer>>> runs = List.of(first, second)
			.stream()
			.map((context) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				Optional<Integer> result = context.getBean(AccountsHousekeeping.class).purge();
				return result == null ? Optional.<Integer>empty() : result;
			}))
			.toList();
		long ran = runs.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();
		assertThat(ran).isEqualTo(1);
	}

}
