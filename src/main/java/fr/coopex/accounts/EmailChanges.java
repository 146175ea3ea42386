package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.OrganisationEvents.EmailChanged;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Tokens;

import static fr.coopex.accounts.PersonalAccount.EMAIL_CONFIRMATION_VALIDITY;

/**
 * The change of a person's e-mail address, confirmed by a link sent to the new address.
 */
@Component
class EmailChanges {

	private final JdbcTemplate jdbc;

	private final SessionTerminator sessions;

	private final MailGateway mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final CoopexProperties properties;

	private final Clock clock;

	EmailChanges(JdbcTemplate jdbc, SessionTerminator sessions, MailGateway mail, MessageSource messages,
			ApplicationEventPublisher events, CoopexProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends a confirmation link to the new address and tells the current one (the caller
	 * has checked the password).
	 * @throws AccountException when the address is malformed, the same, or has an account
	 */
	void request(CoopexUser user, String newEmail, Locale locale) {
		String address = UserAccount.normaliseEmail(newEmail);
		if (address == null || address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new AccountException("email", "accounts.invitation.email-invalid");
		}
		if (address.equals(user.email())) {
			throw new AccountException("email", "accounts.email.same");
		}
		if (taken(address)) {
			throw new AccountException("email", "accounts.register.email-taken");
		}
		String token = Tokens.random();
		Instant now = this.clock.instant();
		this.jdbc.update("update email_change set used_at = ? where user_id = ? and used_at is null",
				Timestamp.from(now), user.id());
		this.jdbc.update(
				"insert into email_change (user_id, new_email, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)",
				user.id(), address, Tokens.hash(token), Timestamp.from(now),
				Timestamp.from(now.plus(EMAIL_CONFIRMATION_VALIDITY)));
		String link = this.properties.baseUrl() + "/account/email/confirm?token=" + token;
		this.mail.send(address, this.messages.getMessage("accounts.email.mail.confirm.subject", null, locale),
				this.messages.getMessage("accounts.email.mail.confirm.body",
						new Object[] { user.displayName(), link, EMAIL_CONFIRMATION_VALIDITY.toHours() }, locale));
		this.mail.send(user.email(), this.messages.getMessage("accounts.email.mail.old.subject", null, locale),
				this.messages.getMessage("accounts.email.mail.old.body", new Object[] { user.displayName(), address },
						locale));
	}

	/**
	 * Confirms a new address and ends every session of the account.
	 * @return whether the link was valid
	 */
	boolean confirm(String token, Locale locale) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return false;
		}
		Instant now = this.clock.instant();
		List<Object[]> found = this.jdbc.query(
				"select c.id, c.user_id, c.new_email, u.email, u.display_name, u.organisation_id from email_change c "
						+ "join user_account u on u.id = c.user_id where c.token_hash = ? and c.used_at is null "
						+ "and c.expires_at > ? and u.enabled = true",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getLong(6) },
				Tokens.hash(token), Timestamp.from(now));
		if (found.isEmpty()) {
			return false;
		}
		Object[] change = found.get(0);
		String newEmail = (String) change[2];
		String oldEmail = (String) change[3];
		if (taken(newEmail) || this.jdbc.update("update email_change set used_at = ? where id = ? and used_at is null",
				Timestamp.from(now), change[0]) != 1) {
			return false;
		}
		this.sessions.endOtherSessions(oldEmail);
		this.jdbc.update("update user_account set email = ?, version = version + 1 where id = ?", newEmail, change[1]);
		this.mail.send(oldEmail, this.messages.getMessage("accounts.email.mail.old.subject", null, locale),
				this.messages.getMessage("accounts.email.mail.changed.body", new Object[] { change[4], newEmail },
						locale));
		this.events.publishEvent(new EmailChanged((Long) change[1], (Long) change[5], oldEmail, newEmail));
		return true;
	}

	private boolean taken(String email) {
		Integer count = this.jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class,
				email);
		return count != null && count > 0;
	}

}
