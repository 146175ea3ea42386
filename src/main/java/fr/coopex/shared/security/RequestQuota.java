package fr.coopex.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.shared.web.RequestOrigin;

/**
 * Limits how often an action that sends e-mail or creates accounts may be asked for, per
 * e-mail address and per client address, counted in the database so that the limits hold
 * across instances. Each count locks its row and commits on its own, whatever transaction
 * the caller runs in: parallel requests cannot all pass the limit.
 */
@Component
public class RequestQuota {

	/** A client may ask for each action this many times per window. */
	public static final int PER_CLIENT = 10;

	/** An e-mail address receives this many e-mails of each action per window. */
	public static final int PER_EMAIL = 3;

	/** The window of both limits. */
	public static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	RequestQuota(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts one more request of the action from the current client.
	 * @return false when the client already reached its limit (nothing counted)
	 */
	public boolean fromClient(String action) {
		String address = RequestOrigin.currentAddress();
		return address == null || take(action + ":client", address, PER_CLIENT);
	}

	/**
	 * Counts one more e-mail of the action to the address.
	 * @return false when the address already received as many as allowed (nothing
	 * counted): send nothing, and answer as if sent
	 */
	public boolean toEmail(String action, String email) {
		return take(action + ":email", email, PER_EMAIL);
	}

	/** Forgets the counts of windows long ended. */
	public int purge() {
		return this.jdbc.update("delete from request_quota where window_start < ?",
				Timestamp.from(this.clock.instant().minus(WINDOW)));
	}

	private boolean take(String action, String subject, int max) {
		Boolean taken = this.ownTransaction.execute((status) -> {
			Instant now = this.clock.instant();
			this.jdbc.update("insert into request_quota (action, subject, used, window_start) values (?, ?, 0, ?) "
					+ "on conflict do nothing", action, subject, Timestamp.from(now));
			Instant windowStart = this.jdbc.queryForObject(
					"select window_start from request_quota where action = ? and subject = ? for update",
					(rs, i) -> rs.getTimestamp(1).toInstant(), action, subject);
			if (windowStart.isBefore(now.minus(WINDOW))) {
				this.jdbc.update("update request_quota set used = 0, window_start = ? where action = ? and subject = ?",
						Timestamp.from(now), action, subject);
			}
			return this.jdbc.update(
					"update request_quota set used = used + 1 where action = ? and subject = ? and used < ?", action,
					subject, max) == 1;
		});
		return Boolean.TRUE.equals(taken);
	}

}
