package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountEvents.SignInLocked;
import fr.coopex.shared.config.CoopexProperties;

import static fr.coopex.accounts.LoginThrottle.ACCOUNT;
import static fr.coopex.accounts.LoginThrottle.ADDRESS;

/**
 * The rows of {@link LoginThrottle}: the checks counted per account and per address, and
 * the locks; each method runs in its caller's transaction.
 */
@Component
class LoginCounts {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CoopexProperties.LoginThrottle limits;

	private final ApplicationEventPublisher events;

	LoginCounts(JdbcTemplate jdbc, Clock clock, CoopexProperties properties, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = properties.security().loginThrottle();
		this.events = events;
	}

	/** Until when this e-mail, or this address, is locked; empty if neither is. */
	Optional<Instant> lockedUntil(String email, String address) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc
			.query("select max(locked_until) from login_lock where locked_until > ? "
					+ "and ((scope = ? and subject = ?) or (scope = ? and subject = ?))", (rs, i) -> rs.getTimestamp(1),
					now, ACCOUNT, email, ADDRESS, String.valueOf(address))
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/** Removes counts and locks that no longer matter; the number of rows removed. */
	int purge() {
		Instant now = this.clock.instant();
		int removed = this.jdbc.update("delete from login_attempt where window_start < ?",
				Timestamp.from(now.minus(this.limits.window()).minus(this.limits.window())));
		removed += this.jdbc.update("delete from login_failure where occurred_at < ?",
				Timestamp.from(now.minus(this.limits.window())));
		return removed + this.jdbc.update("delete from login_lock where locked_until < ?", Timestamp.from(now));
	}

	/** Forgets the subject's checks and failures. */
	void forget(String scope, String subject) {
		this.jdbc.update("update login_attempt set attempts = 0, failures = 0 where scope = ? and subject = ?", scope,
				subject);
	}

	/**
	 * Locks the subject's row and counts one more check, unless the checks in flight and
	 * failed already reach the limit.
	 */
	boolean take(String scope, String subject, Instant now, int max) {
		Counts counts = lock(scope, subject, now);
		if (counts.attempts() >= max) {
			return false;
		}
		this.jdbc.update("update login_attempt set attempts = attempts + 1 where scope = ? and subject = ?", scope,
				subject);
		return true;
	}

	/**
	 * Counts a failure of a reserved check, and locks the subject once the limit of
	 * failures is reached.
	 */
	void fail(String scope, String subject, Instant now, int max, String address) {
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

	/** Gives back a reserved check that did not fail. */
	void giveBack(String scope, String subject) {
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
