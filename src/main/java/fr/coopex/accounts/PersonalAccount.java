package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationEvents.AccountClosed;
import fr.coopex.accounts.OrganisationEvents.EmailChanged;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Tokens;
import fr.coopex.shared.web.TimeZones;

/**
 * What a person does with their own account: change their e-mail address (confirmed by a
 * link sent to the new address; the old one is told), and close the account (a last
 * manager hands over first; the organisation's data stays with the organisation).
 */
@Service
public class PersonalAccount {

	/** How long a confirmation link of a new address stays valid. */
	public static final Duration EMAIL_CONFIRMATION_VALIDITY = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final OrganisationPeople people;

	private final AccountClosing closing;

	private final SessionTerminator sessions;

	private final MailGateway mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final CoopexProperties properties;

	private final Clock clock;

	private final PersonalTimeZones timeZones;

	PersonalAccount(JdbcTemplate jdbc, PasswordEncoder encoder, OrganisationPeople people, AccountClosing closing,
			SessionTerminator sessions, MailGateway mail, MessageSource messages, ApplicationEventPublisher events,
			CoopexProperties properties, Clock clock, PersonalTimeZones timeZones) {
		this.timeZones = timeZones;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.people = people;
		this.closing = closing;
		this.sessions = sessions;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends a confirmation link to the new address and tells the current one. Nothing
	 * changes until the link is opened.
	 * @throws AccountException when the password is wrong, or the address is malformed,
	 * the same, or has an account
	 */
	@Transactional
	public void requestEmailChange(CoopexUser user, String newEmail, String password, Locale locale) {
		requirePassword(user, password);
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
	 * Confirms a new address: it becomes the login, and every session of the account ends
	 * (the person signs in again with the new address).
	 * @return whether the link was valid
	 */
	@Transactional
	public boolean confirmEmailChange(String token, Locale locale) {
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

	/**
	 * The time zone the person reads times in: one of {@link TimeZones#OFFERED}, or none
	 * (null or empty) for Paris time. Times are still entered in Paris time.
	 * @throws AccountException when the zone is not one of those offered (nothing
	 * changes)
	 */
	@Transactional
	public void chooseTimeZone(CoopexUser user, String zoneId) {
		if (zoneId == null || zoneId.isEmpty()) {
			this.timeZones.choose(user.id(), null);
			return;
		}
		ZoneId zone = TimeZones.offered(zoneId)
			.orElseThrow(() -> new AccountException("timeZone", "validation.time-zone"));
		this.timeZones.choose(user.id(), zone);
	}

	/** The time zone the person chose, empty for none (Paris time). */
	@Transactional(readOnly = true)
	public Optional<ZoneId> timeZone(CoopexUser user) {
		return this.timeZones.of(user.id());
	}

	/**
	 * Closes the person's own account after checking their password; every session ends.
	 * @throws AccountException when the password is wrong, or the person is the last
	 * manager of an organisation that has other people
	 */
	@Transactional
	public void close(CoopexUser user, String password) {
		requirePassword(user, password);
		if (this.people.isManager(user) && this.people.managers(user.organisationId()) <= 1
				&& this.people.people(user).size() > 1) {
			throw new AccountException(null, "accounts.people.last-manager");
		}
		this.closing.close(user.id());
		this.events.publishEvent(new AccountClosed(user.id(), user.organisationId(), user.email()));
	}

	private void requirePassword(CoopexUser user, String password) {
		String hash = this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
				user.id());
		if (password == null || !this.encoder.matches(password, hash)) {
			throw new AccountException("password", "accounts.password.current-wrong");
		}
	}

	private boolean taken(String email) {
		Integer count = this.jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class,
				email);
		return count != null && count > 0;
	}

}
