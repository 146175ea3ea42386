package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.accounts.AccountEvents.SignInLocked;
import fr.coopex.shared.config.CoopexProperties;

/**
 * Counts password checks per account and per client address in the shared database, so
 * that the limits hold across instances. After too many failures within the window, the
 * account (or the address) is refused for the lock duration, whatever password is given;
 * other accounts keep working.
 * <p>
 * A check is counted <em>before</em> the password is compared ({@link #reserve}): the
 * account's and the address's rows are locked, the attempt is refused when the checks in
 * flight and failed already reach the limit, otherwise counted, all in one short
 * transaction. Parallel wrong passwords therefore get at most the limit of checks, never
 * more, whatever the number of requests or instances. The outcome then settles the count:
 * a failure counts towards the lock ({@link #failed}), a success forgets the account's
 * failures and gives the address its attempt back ({@link #succeeded}). Each step commits
 * on its own, whatever transaction its caller runs in.
 */
@Component
class LoginThrottle {

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CoopexProperties.LoginThrottle limits;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	LoginThrottle(JdbcTemplate jdbc, Clock clock, CoopexProperties properties, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = properties.security().loginThrottle();
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Until when sign-ins for this e-mail, or from this address, are refused; empty if
	 * not.
	 */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String email, String address) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc
			.query("select max(locked_until) from login_lock where locked_until > ? "
					+ "and ((scope = ? and subject = ?) or (scope = ? and subject = ?))", (rs, i) -> rs.getTimestamp(1),
					now, ACCOUNT, email, ADDRESS, String.valueOf(address))
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/**
	 * Counts a password check about to be made for this e-mail from this address.
	 * @return empty when the check may go ahead; otherwise until when the account or
	 * address is refused (locked, or as many checks as allowed are already in flight or
	 * failed)
	 */
	Optional<Instant> reserve(String email, String address) {
		return this.ownTransaction.execute((status) -> {
			Instant now = this.clock.instant();
			Optional<Instant> locked = lockedUntil(email, address);
			if (locked.isPresent()) {
				return locked;
			}
			// always the account first, then the address: no two checks wait for each
			// other
			boolean taken = take(ACCOUNT, email, now, this.limits.accountMaxFailures())
					&& (address == null || take(ADDRESS, address, now, this.limits.addressMaxFailures()));
			if (!taken) {
				status.setRollbackOnly();
				return Optional.of(now.plus(this.limits.lockDuration()));
			}
			return Optional.<Instant>empty();
		});
	}

	/**
	 * A reserved check failed: it counts towards the lock, which falls once the limit of
	 * failures is reached.
	 */
	void failed(String email, String address) {
		this.ownTransaction.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			fail(ACCOUNT, email, now, this.limits.accountMaxFailures(), address);
			if (address != null) {
				fail(ADDRESS, address, now, this.limits.addressMaxFailures(), address);
			}
		});
	}

	/**
	 * A reserved check succeeded: the account's earlier failures are forgotten, and the
	 * address gets its attempt back.
	 */
	void succeeded(String email, String address) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.update("update login_attempt set attempts = 0, failures = 0 where scope = ? and subject = ?",
					ACCOUNT, email);
			giveBack(ADDRESS, address);
		});
	}

	/** A reserved check that ended neither way (an error): it no longer counts. */
	void released(String email, String address) {
		this.ownTransaction.executeWithoutResult((status) -> {
			giveBack(ACCOUNT, email);
			giveBack(ADDRESS, address);
		});
	}

	/**
	 * Records a failure that was not reserved (a wrong one-time code): counted and
	 * settled at once.
	 */
	void recordFailure(String email, String address) {
		if (reserve(email, address).isEmpty()) {
			failed(email, address);
		}
	}

	/** A successful sign-in forgets the account's earlier failures. */
	void recordSuccess(String email) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
				"update login_attempt set attempts = 0, failures = 0 where scope = ? and subject = ?", ACCOUNT, email));
	}

	/**
	 * Forgets counts and locks that no longer matter. Returns the number of rows removed.
	 */
	@Transactional
	int purge() {
		Instant now = this.clock.instant();
		int removed = this.jdbc.update("delete from login_attempt where window_start < ?",
				Timestamp.from(now.minus(this.limits.window()).minus(this.limits.window())));
		removed += this.jdbc.update("delete from login_failure where occurred_at < ?",
				Timestamp.from(now.minus(this.limits.window())));
		return removed + this.jdbc.update("delete from login_lock where locked_until < ?", Timestamp.from(now));
	}

	/**
	 * Locks the subject's row and counts one more check, unless the checks in flight and
	 * failed already reach the limit.
	 */
	private boolean take(String scope, String subject, Instant now, int max) {
		Counts counts = lock(scope, subject, now);
		if (counts.attempts() >= max) {
			return false;
		}
		this.jdbc.update("update login_attempt set attempts = attempts + 1 where scope = ? and subject = ?", scope,
				subject);
		return true;
	}

	private void fail(String scope, String subject, Instant now, int max, String address) {
		Counts counts = lock(scope, subject, now);
		int failures = counts.failures() + 1;
		if (failures < max) {
			this.jdbc.update("update login_attempt set failures = ?, attempts = ? where scope = ? and subject = ?",
					failures, Math.max(counts.attempts(), failures), scope, subject);
			return;
		}
		// the row lock above serialises the lockers of this subject
		this.jdbc.update("delete from login_lock where scope = ? and subject = ?", scope, subject);
		this.jdbc.update("insert into login_lock (scope, subject, locked_until) values (?, ?, ?)", scope, subject,
				Timestamp.from(now.plus(this.limits.lockDuration())));
		this.jdbc.update("update login_attempt set failures = 0, attempts = 0, window_start = ? "
				+ "where scope = ? and subject = ?", Timestamp.from(now), scope, subject);
		this.events.publishEvent(new SignInLocked(scope, subject, address));
	}

	private void giveBack(String scope, String subject) {
		if (subject != null) {
			this.jdbc.update("update login_attempt set attempts = attempts - 1 "
					+ "where scope = ? and subject = ? and attempts > failures", scope, subject);
		}
	}

	/**
	 * The subject's counts, its row locked until the transaction ends; a window that
	 * ended starts again from zero.
	 */
	private Counts lock(String scope, String subject, Instant now) {
		this.jdbc.update("insert into login_attempt (scope, subject, attempts, failures, window_start) "
				+ "values (?, ?, 0, 0, ?) on conflict do nothing", scope, subject, Timestamp.from(now));
		Counts counts = this.jdbc.queryForObject(
				"select attempts, failures, window_start from login_attempt where scope = ? and subject = ? for update",
				(rs, i) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getTimestamp(3).toInstant()), scope, subject);
		if (counts.windowStart().isBefore(now.minus(this.limits.window()))) {
			this.jdbc.update("update login_attempt set attempts = 0, failures = 0, window_start = ? "
					+ "where scope = ? and subject = ?", Timestamp.from(now), scope, subject);
			return new Counts(0, 0, now);
		}
		return counts;
	}

	private record Counts(int attempts, int failures, Instant windowStart) {
	}

}
