package fr.coopex.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.audit.AuditEntry;
import fr.coopex.audit.AuditTrail;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every password check counts against the same limit, counted in the database before the
 * password is compared: parallel wrong passwords cannot get more checks than the limit,
 * and the current-password checks of a signed-in person count with the sign-in failures.
 */
@IntegrationTest
class PasswordCheckThrottleTests {

	private static final int PARALLEL = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Test
	void twentyParallelWrongPasswordsGetAtMostFiveChecksAndNoServerError() throws Exception {
		CoopexUser target = this.fixtures.member();
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < PARALLEL; i++) {
				String address = "203.0.113." + (100 + i);
				String guess = "wrong password " + i;
				answers.add(pool.submit(() -> {
					WebSession attacker = new WebSession(this.mvc, address);
					start.await();
					var response = attacker.post("/login", "username", target.email(), "password", guess).getResponse();
					assertThat(response.getRedirectedUrl()).isIn("/login?error", "/login?locked");
					return response.getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<String> actions = actions(target.email());
		assertThat(actions.stream().filter("SIGN_IN_FAILED"::equals).count()).isEqualTo(5);
		assertThat(actions.stream().filter("SIGN_IN_REFUSED_LOCKED"::equals).count()).isEqualTo(PARALLEL - 5);
		assertThat(new WebSession(this.mvc, "203.0.113.99").signIn(target.email(), Fixtures.PASSWORD))
			.isEqualTo("/login?locked");
	}

	@Test
	void wrongCurrentPasswordsOnThePasswordFormLockTheAccountLikeWrongSignIns() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession session = new WebSession(this.mvc, "203.0.113.31");
		assertThat(session.signIn(member.email(), Fixtures.PASSWORD)).isEqualTo("/");
		for (int i = 0; i < 5; i++) {
			assertThat(changePassword(session, "wrong password " + i)).contains("Le mot de passe actuel est incorrect");
		}
		// the right current password is refused now, as is signing in
		assertThat(changePassword(session, Fixtures.PASSWORD)).contains("ce compte est bloqué pendant 15 minutes");
		assertThat(new WebSession(this.mvc, "203.0.113.32").signIn(member.email(), Fixtures.PASSWORD))
			.isEqualTo("/login?locked");
		assertThat(actions(member.email())).contains("SIGN_IN_LOCKED").doesNotContain("PASSWORD_CHANGED");
	}

	@Test
	void wrongPasswordsWhenTurningOffTheSecondFactorCountWithSignInFailures() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession session = new WebSession(this.mvc, "203.0.113.42");
		assertThat(session.signIn(member.email(), Fixtures.PASSWORD)).isEqualTo("/");
		WebSession attacker = new WebSession(this.mvc, "203.0.113.41");
		for (int i = 0; i < 3; i++) {
			assertThat(attacker.signIn(member.email(), "wrong password " + i)).isEqualTo("/login?error");
		}
		// three wrong sign-ins and two wrong passwords on the form make five
		for (int i = 0; i < 2; i++) {
			session.post("/account/security/second-factor/disable", "password", "wrong password " + i);
		}
		assertThat(new WebSession(this.mvc, "203.0.113.43").signIn(member.email(), Fixtures.PASSWORD))
			.isEqualTo("/login?locked");
	}

	private String changePassword(WebSession session, String current) throws Exception {
		return session
			.post("/account/security/password", "currentPassword", current, "newPassword",
					"a brand new passphrase 2026", "confirmation", "a brand new passphrase 2026")
			.getResponse()
			.getContentAsString();
	}

	private List<String> actions(String who) {
		return this.audit.find(who, PageRequest.of(0, 100)).stream().map(AuditEntry::action).toList();
	}

}
