package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions on memberships taken at the same moment, on PostgreSQL: one wins, the other
 * is told why in words, and the data stays whole.
 */
@IntegrationTest
class MembershipConcurrencyTests {

	static final int ROUNDS = 10;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	JdbcTemplate jdbc;

	ExecutorService pool;

	CoopexUser leader;

	CoopexUser coordinator;

	long ecosystem;

	@BeforeEach
	void createAnEcosystemWithTwoCoordinators() {
		this.pool = Executors.newFixedThreadPool(2);
		this.leader = this.fixtures.member();
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		this.ecosystem = this.ecosystems.create(this.leader, new EcosystemDraft("Course " + System.nanoTime(),
				"Décider en même temps", Set.of(), Set.of(), true, null));
		this.ecosystems.addCoordinator(this.leader, this.ecosystem, this.coordinator.email());
	}

	@AfterEach
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	void twoCoordinatorsApprovingTheSameRequestAtOnceMakeOneDecision() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			CoopexUser company = this.fixtures.member();
			this.ecosystems.requestToJoin(company, this.ecosystem, null, true);
			long request = membership(company);
			List<Throwable> outcomes = race(
					() -> this.ecosystems.approve(this.leader, this.ecosystem, request, MembershipRole.MEMBER),
					() -> this.ecosystems.approve(this.coordinator, this.ecosystem, request, MembershipRole.ASSOCIATE));
			assertOneWonAndTheOtherWasTold(outcomes, "ecosystems.decision.already-decided");
			assertThat(row(request).get("status")).isEqualTo("ACTIVE");
			assertThat(memberships(company)).isEqualTo(1);
		}
		assertThat(this.ecosystems.activeCompanyIds(this.ecosystem)).hasSize(ROUNDS + 1);
	}

	@Test
	void approvingAndRejectingAtOnceMakeOneDecision() throws Exception {
		for (int round = 0; round < ROUNDS / 2; round++) {
			CoopexUser company = this.fixtures.member();
			this.ecosystems.requestToJoin(company, this.ecosystem, null, true);
			long request = membership(company);
			List<Throwable> outcomes = race(
					() -> this.ecosystems.approve(this.leader, this.ecosystem, request, MembershipRole.MEMBER),
					() -> this.ecosystems.reject(this.coordinator, this.ecosystem, request, "Complet"));
			assertOneWonAndTheOtherWasTold(outcomes, "ecosystems.decision.already-decided");
			assertThat(row(request).get("status")).isIn("ACTIVE", "REJECTED");
		}
	}

	@Test
	void theSameCompanyRequestingTwiceAtOnceMakesOneRequest() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			CoopexUser company = this.fixtures.member();
			List<Throwable> outcomes = race(
					() -> this.ecosystems.requestToJoin(company, this.ecosystem, "Premier clic", true),
					() -> this.ecosystems.requestToJoin(company, this.ecosystem, "Second clic", true));
			assertOneWonAndTheOtherWasTold(outcomes, "ecosystems.join.already-pending");
			assertThat(memberships(company)).isEqualTo(1);
			assertThat(row(membership(company)).get("status")).isEqualTo("REQUESTED");
		}
	}

	@Test
	void withdrawingWhileACoordinatorApprovesEndsOneWayOnly() throws Exception {
		for (int round = 0; round < ROUNDS / 2; round++) {
			CoopexUser company = this.fixtures.member();
			this.ecosystems.requestToJoin(company, this.ecosystem, null, true);
			long request = membership(company);
			List<Throwable> outcomes = race(() -> this.ecosystems.withdraw(company, this.ecosystem),
					() -> this.ecosystems.approve(this.coordinator, this.ecosystem, request, MembershipRole.MEMBER));
			assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
			Throwable failure = outcomes.stream().filter(Objects::nonNull).findFirst().orElseThrow();
			assertThat(failure).isInstanceOf(EcosystemException.class);
			assertThat(((EcosystemException) failure).messageKey()).isIn("ecosystems.decision.already-decided",
					"ecosystems.decision.withdrawn");
			assertThat(row(request).get("status")).isIn("ACTIVE", "WITHDRAWN");
		}
	}

	@Test
	void leavingTwiceAtOnceLeavesOnce() throws Exception {
		for (int round = 0; round < ROUNDS / 2; round++) {
			CoopexUser company = this.fixtures.member();
			this.ecosystems.requestToJoin(company, this.ecosystem, null, true);
			long request = membership(company);
			this.ecosystems.approve(this.leader, this.ecosystem, request, MembershipRole.MEMBER);
			List<Throwable> outcomes = race(() -> this.ecosystems.leave(company, this.ecosystem),
					() -> this.ecosystems.leave(company, this.ecosystem));
			assertOneWonAndTheOtherWasTold(outcomes, "ecosystems.leave.not-member");
			assertThat(row(request).get("status")).isEqualTo("LEFT");
		}
	}

	@Test
	void approvingAWithdrawnRequestChangesNothing() {
		CoopexUser company = this.fixtures.member();
		this.ecosystems.requestToJoin(company, this.ecosystem, null, true);
		long request = membership(company);
		this.ecosystems.withdraw(company, this.ecosystem);
		Map<String, Object> before = row(request);
		assertThatThrownBy(
				() -> this.ecosystems.approve(this.coordinator, this.ecosystem, request, MembershipRole.MEMBER))
			.isInstanceOfSatisfying(EcosystemException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ecosystems.decision.withdrawn"));
		assertThatThrownBy(() -> this.ecosystems.reject(this.leader, this.ecosystem, request, "Trop tard"))
			.isInstanceOfSatisfying(EcosystemException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ecosystems.decision.withdrawn"));
		assertThat(row(request)).isEqualTo(before);
		assertThat(before.get("status")).isEqualTo("WITHDRAWN");
		assertThat(this.ecosystems.activeCompanyIds(this.ecosystem)).doesNotContain(company.organisationId());
	}

	@Test
	void approvingAnApprovedRequestAgainChangesNothing() {
		CoopexUser company = this.fixtures.member();
		this.ecosystems.requestToJoin(company, this.ecosystem, null, true);
		long request = membership(company);
		this.ecosystems.approve(this.leader, this.ecosystem, request, MembershipRole.MEMBER);
		Map<String, Object> before = row(request);
		assertThatThrownBy(
				() -> this.ecosystems.approve(this.coordinator, this.ecosystem, request, MembershipRole.ASSOCIATE))
			.isInstanceOfSatisfying(EcosystemException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ecosystems.decision.already-decided"));
		assertThat(row(request)).isEqualTo(before);
	}

	@Test
	void aSecondRequestWhileOneIsPendingIsRefused() {
		CoopexUser company = this.fixtures.member();
		this.ecosystems.requestToJoin(company, this.ecosystem, "Bonjour", true);
		Map<String, Object> before = row(membership(company));
		assertThatThrownBy(() -> this.ecosystems.requestToJoin(company, this.ecosystem, "Bonjour encore", true))
			.isInstanceOfSatisfying(EcosystemException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ecosystems.join.already-pending"));
		assertThat(row(membership(company))).isEqualTo(before);
		assertThat(memberships(company)).isEqualTo(1);
	}

	// --- helpers

	/** Runs both actions at the same moment; a null outcome is a success. */
	private List<Throwable> race(Runnable first, Runnable second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Future<Throwable> one = this.pool.submit(() -> attempt(start, first));
		Future<Throwable> other = this.pool.submit(() -> attempt(start, second));
		List<Throwable> outcomes = new ArrayList<>();
		outcomes.add(one.get(30, TimeUnit.SECONDS));
		outcomes.add(other.get(30, TimeUnit.SECONDS));
		return outcomes;
	}

	private static Throwable attempt(CyclicBarrier start, Runnable action) {
		try {
			start.await(10, TimeUnit.SECONDS);
			action.run();
			return null;
		}
		catch (Throwable ex) {
			return ex;
		}
	}

	private static void assertOneWonAndTheOtherWasTold(List<Throwable> outcomes, String messageKey) {
		assertThat(outcomes).as("successes").filteredOn(Objects::isNull).hasSize(1);
		Throwable failure = outcomes.stream().filter(Objects::nonNull).findFirst().orElseThrow();
		assertThat(failure).as("the loser's exception").isInstanceOf(EcosystemException.class);
		assertThat(((EcosystemException) failure).messageKey()).isEqualTo(messageKey);
	}

	private long membership(CoopexUser company) {
		return this.jdbc.queryForObject("select id from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				Long.class, this.ecosystem, company.organisationId());
	}

	private int memberships(CoopexUser company) {
		return this.jdbc.queryForObject(
				"select count(*) from ecosystem_membership where ecosystem_id = ? and company_id = ?", Integer.class,
				this.ecosystem, company.organisationId());
	}

	private Map<String, Object> row(long membershipId) {
		return this.jdbc.queryForMap("select status, role, message, decision_reason, decided_at, decided_by, version "
				+ "from ecosystem_membership where id = ?", membershipId);
	}

}
