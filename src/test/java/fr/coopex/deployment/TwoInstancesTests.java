package fr.coopex.deployment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.accounts.AccountsHousekeeping;
import fr.coopex.aids.AidCatalogue;
import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidData;
import fr.coopex.aids.AidData.Operator;
import fr.coopex.aids.AidFollowing;
import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.Criteria;
import fr.coopex.aids.PaysFor;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.HttpVisitor;
import fr.coopex.support.Instances;
import fr.coopex.support.TestDatabase;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: a session opened
 * on one is valid on the other, a sign-out on one ends it on both, and a scheduled job
 * runs on one instance only (the weekly aid digest is sent once).
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
		properties.putAll(TestMail.properties());
		properties.put("coopex.accounts.housekeeping-cron", "-");
		properties.put("coopex.aids.digest-cron", "-");
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
	void aDisabledAccountsOpenSessionIsRefusedOnItsNextRequestOnTheOtherInstance() throws Exception {
		var member = first.getBean(Fixtures.class).member();
		var admin = second.getBean(Fixtures.class).user(fr.coopex.shared.security.Role.ADMIN);
		HttpVisitor visitor = new HttpVisitor(port(first));
		assertThat(visitor.signIn(member.email(), Fixtures.PASSWORD)).endsWith("/");
		assertThat(visitor.at(port(first)).get("/account/security").statusCode()).isEqualTo(200);

		second.getBean(fr.coopex.accounts.AccountAdministration.class)
			.act(admin, member.id(), fr.coopex.accounts.AccountAdministration.Action.DISABLE);
		assertThat(visitor.at(port(first)).get("/account/security").statusCode()).isEqualTo(302);
		assertThat(visitor.at(port(second)).get("/account/security").statusCode()).isEqualTo(302);
	}

	@Test
	void aScheduledJobTriggeredOnBothInstancesRunsOnce() throws Exception {
		new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
			.update("delete from shedlock where name = 'accounts-housekeeping'");
		List<Optional<Integer>> runs = onBothAtOnce((context) -> {
			Optional<Integer> result = context.getBean(AccountsHousekeeping.class).purge();
			return result == null ? Optional.<Integer>empty() : result;
		});
		assertThat(runs.stream().filter(Optional::isPresent).count()).isEqualTo(1);
	}

	@Test
	void theWeeklyAidDigestTriggeredOnBothInstancesIsSentOnce() throws Exception {
		List<CoopexUser> subscribers = followersOfAnAidClosingSoon();

		List<Integer> sent = onBothAtOnce((context) -> context.getBean(AidFollowing.class).sendWeeklyDigests());

		assertThat(sent).filteredOn(Objects::nonNull).hasSize(1).allMatch((count) -> count >= subscribers.size());
		for (CoopexUser subscriber : subscribers) {
			assertThat(TestMail.to(subscriber.email())).as(subscriber.email()).hasSize(1);
		}
	}

	@Test
	void theWeeklyAidDigestTriggeredOnTheSecondInstanceJustAfterTheFirstIsSentOnce() throws Exception {
		List<CoopexUser> subscribers = followersOfAnAidClosingSoon();

		// the clocks of two servers are never quite the same: the second instance's
		// trigger comes once the first has sent everything
		assertThat(first.getBean(AidFollowing.class).sendWeeklyDigests()).isGreaterThanOrEqualTo(subscribers.size());
		assertThat(second.getBean(AidFollowing.class).sendWeeklyDigests()).isNull();

		for (CoopexUser subscriber : subscribers) {
			assertThat(TestMail.to(subscriber.email())).as(subscriber.email()).hasSize(1);
		}
	}

	/**
	 * Runs the same work on both instances, started at the same moment: each result (null
	 * where a scheduled job found its lock taken).
	 */
	private static <T> List<T> onBothAtOnce(Function<ConfigurableApplicationContext, T> work) {
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<T>> runs = List.of(first, second)
			.stream()
			.map((context) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return work.apply(context);
			}))
			.toList();
		return runs.stream().map(CompletableFuture::join).toList();
	}

	/**
	 * Two members subscribed to the digest who follow a new aid closing in five days,
	 * which every digest recalls (so that a second run would send a second message).
	 */
	private static List<CoopexUser> followersOfAnAidClosingSoon() {
		CoopexUser officer = first.getBean(Fixtures.class).user(Role.AGENCY);
		AidCuration curation = first.getBean(AidCuration.class);
		LocalDate closes = first.getBean(AidCatalogue.class).today().plusDays(5);
		long aid = curation.create(officer,
				new AidData("Aide du lundi " + System.nanoTime(), null, List.of(new Operator("Opérateur", null)),
						AidKind.GRANT, "Une aide pour le test.", Set.of(PaysFor.TRADE_FAIRS), null, null, null, null,
						null, null, Criteria.NONE, List.of(), List.of(), List.of(), null, null, null, null, closes,
						null, AidStatus.OPEN, false, List.of(), null));
		curation.publish(officer, aid);
		second.getBean(AidCatalogue.class).refresh();
		List<CoopexUser> subscribers = List.of(first.getBean(Fixtures.class).member(),
				second.getBean(Fixtures.class).member());
		for (CoopexUser subscriber : subscribers) {
			first.getBean(AidFollowing.class).subscribe(subscriber, Locale.FRENCH);
			first.getBean(AidFollowing.class).save(subscriber, aid);
		}
		// a week has passed: the last run's lock is over (kept, not deleted, as ShedLock
		// remembers the locks it created)
		new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
			.update("update shedlock set lock_until = locked_at where name = 'aids-weekly-digest'");
		return subscribers;
	}

}
