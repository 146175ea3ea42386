package fr.coopex.accounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.coopex.shared.security.Tokens;

/**
 * Closes an account: every session ends at once (on every instance), the person can no
 * longer sign in, and their address is freed (they may be invited elsewhere). What they
 * wrote stays with the organisation, under their name.
 */
@Component
class AccountClosing {

	private final JdbcTemplate jdbc;

	private final SessionTerminator sessions;

	private final PasswordEncoder encoder;

	AccountClosing(JdbcTemplate jdbc, SessionTerminator sessions, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.encoder = encoder;
	}

	/** The address a closed account keeps: unique, and never a real one. */
	static String closedAddress(long userId) {
		return "closed-" + userId + "@closed.invalid";
	}

	void close(long userId) {
		String email = this.jdbc.queryForObject("select email from user_account where id = ?", String.class, userId);
		this.sessions.endOtherSessions(email);
		this.jdbc.update("update user_account set enabled = false, manager = false, email = ?, password_hash = ?, "
				+ "totp_secret = null, totp_enabled = false, totp_last_step = null, version = version + 1 where id = ?",
				closedAddress(userId), this.encoder.encode(Tokens.random()), userId);
		this.jdbc.update("delete from recovery_code where user_id = ?", userId);
		this.jdbc.update("update account_invitation set revoked_at = current_timestamp where email = ? "
				+ "and accepted_at is null and revoked_at is null", email);
	}

}
