package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountEvents.SignInLocked;
import fr.coopex.shared.config.CoopexProperties;

/**
 * Counts failed sign-ins per account and per client address in the shared database, so
 * that the limits hold across instances. After too many failures within the window, the
 * account (or the address) is refused for the lock duration, whatever password is given;
 * other accounts keep working.
 */
@Component
class LoginThrottle {

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CoopexProperties.LoginThrottle limits;

	private final ApplicationEventPublisher events;

	LoginThrottle(JdbcTemplate jdbc, Clock clock, CoopexProperties properties, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = properties.security().loginThrottle();
		this.events = events;
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
	 * Records a failed sign-in and locks the account or address once its limit is
	 * reached.
	 */
	@Transactional
	void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		count(ACCOUNT, email, now, this.limits.accountMaxFailures(), address);
		if (address != null) {
			count(ADDRESS, address, now, this.limits.addressMaxFailures(), address);
		}
	}

	/** A successful sign-in forgets the account's earlier failures. */
	@Transactional
	void recordSuccess(String email) {
		this.jdbc.update("delete from login_failure where scope = ? and subject = ?", ACCOUNT, email);
	}

	/**
	 * Forgets failures and locks that no longer matter. Returns the number of rows
	 * removed.
	 */
	@Transactional
	int purge() {
		Instant now = this.clock.instant();
		int removed = this.jdbc.update("delete from login_failure where occurred_at < ?",
				Timestamp.from(now.minus(this.limits.window())));
		return removed + this.jdbc.update("delete from login_lock where locked_until < ?", Timestamp.from(now));
	}

	private void count(String scope, String subject, Instant now, int max, String address) {
		this.jdbc.update("insert into login_failure (scope, subject, occurred_at) values (?, ?, ?)", scope, subject,
				Timestamp.from(now));
		Integer failures = this.jdbc.queryForObject(
				"select count(*) from login_failure where scope = ? and subject = ? and occurred_at > ?", Integer.class,
				scope, subject, Timestamp.from(now.minus(this.limits.window())));
		if (failures != null && failures >= max) {
			this.jdbc.update("delete from login_lock where scope = ? and subject = ?", scope, subject);
			try {
				this.jdbc.update("insert into login_lock (scope, subject, locked_until) values (?, ?, ?)", scope,
						subject, Timestamp.from(now.plus(this.limits.lockDuration())));
			}
			catch (DuplicateKeyException concurrentLock) {
				// another request locked it at the same moment: one lock is enough
			}
			this.jdbc.update("delete from login_failure where scope = ? and subject = ?", scope, subject);
			this.events.publishEvent(new SignInLocked(scope, subject, address));
		}
	}

}
