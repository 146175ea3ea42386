package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountEvents.PasswordChanged;
import fr.coopex.accounts.AccountEvents.PasswordResetRequested;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.RequestQuota;
import fr.coopex.shared.security.Tokens;
import fr.coopex.shared.web.RequestOrigin;

/**
 * A forgotten password: a single-use link sent by e-mail, valid for a while, that sets a
 * new password and ends every session of the account.
 */
@Service
public class PasswordResets {

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final JdbcTemplate jdbc;

	private final MailGateway mail;

	private final MessageSource messages;

	private final SessionTerminator sessions;

	private final ApplicationEventPublisher events;

	private final CoopexProperties properties;

	private final Clock clock;

	private final RequestQuota quota;

	PasswordResets(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy, JdbcTemplate jdbc,
			MailGateway mail, MessageSource messages, SessionTerminator sessions, ApplicationEventPublisher events,
			CoopexProperties properties, Clock clock, RequestQuota quota) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.sessions = sessions;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.quota = quota;
	}

	/**
	 * Sends a single-use reset link when the account exists. Says nothing either way to
	 * the caller, so that the page cannot be used to find out who has an account. Limited
	 * per client (refused) and per e-mail address (nothing more is sent).
	 */
	@Transactional
	public void requestPasswordReset(String email, Locale locale) {
		if (!this.quota.fromClient("password-reset")) {
			throw new AccountException(null, "accounts.throttled");
		}
		String normalised = UserAccount.normaliseEmail(email);
		Optional<UserAccount> account = this.accounts.findByEmail(normalised).filter(UserAccount::isEnabled);
		this.events
			.publishEvent(new PasswordResetRequested(normalised, account.isPresent(), RequestOrigin.currentAddress()));
		if (account.isEmpty() || !this.quota.toEmail("password-reset", normalised)) {
			return;
		}
		String token = Tokens.random();
		Instant now = this.clock.instant();
		this.jdbc.update(
				"insert into password_reset_token (user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)",
				account.get().getId(), Tokens.hash(token), Timestamp.from(now),
				Timestamp.from(now.plus(this.properties.security().passwordResetValidity())));
		String link = this.properties.baseUrl() + "/password/reset?token=" + token;
		long minutes = this.properties.security().passwordResetValidity().toMinutes();
		this.mail.send(normalised, this.messages.getMessage("accounts.reset.mail.subject", null, locale),
				this.messages.getMessage("accounts.reset.mail.body",
						new Object[] { account.get().getDisplayName(), link, minutes }, locale));
	}

	/** Whether a reset token is known, unused and not expired. */
	@Transactional(readOnly = true)
	public boolean isResetTokenValid(String token) {
		return validResetToken(token).isPresent();
	}

	/**
	 * Sets a new password with a reset token, which can then no longer be used; ends all
	 * of the account's sessions.
	 */
	@Transactional
	public void resetPassword(String token, String newPassword) {
		long userId = validResetToken(token).orElseThrow(() -> new AccountException(null, "accounts.reset.invalid"));
		String problem = this.policy.problem(newPassword);
		if (problem != null) {
			throw new AccountException("newPassword", problem);
		}
		Instant now = this.clock.instant();
		int claimed = this.jdbc.update(
				"update password_reset_token set used_at = ? where token_hash = ? and used_at is null",
				Timestamp.from(now), Tokens.hash(token));
		if (claimed != 1) {
			throw new AccountException(null, "accounts.reset.invalid");
		}
		this.jdbc.update("update password_reset_token set used_at = ? where user_id = ? and used_at is null",
				Timestamp.from(now), userId);
		UserAccount account = this.accounts.findById(userId).orElseThrow();
		account.changePassword(this.encoder.encode(newPassword), now);
		this.sessions.endOtherSessions(account.getEmail());
		this.events.publishEvent(new PasswordChanged(account.getEmail(), true, RequestOrigin.currentAddress()));
	}

	/** Removes reset tokens that can no longer be used. */
	@Transactional
	int purgeResetTokens() {
		return this.jdbc.update("delete from password_reset_token where expires_at < ? or used_at is not null",
				Timestamp.from(this.clock.instant()));
	}

	private Optional<Long> validResetToken(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.query(
				"select user_id from password_reset_token where token_hash = ? and used_at is null and expires_at > ?",
				(rs, i) -> rs.getLong(1), Tokens.hash(token), Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

}
