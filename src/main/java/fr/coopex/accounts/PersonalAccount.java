package fr.coopex.accounts;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationEvents.AccountClosed;
import fr.coopex.shared.security.CoopexUser;
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

	private final OrganisationManagers managers;

	private final AccountClosing closing;

	private final ApplicationEventPublisher events;

	private final PersonalTimeZones timeZones;

	private final EmailChanges emailChanges;

	PersonalAccount(JdbcTemplate jdbc, PasswordEncoder encoder, OrganisationPeople people,
			OrganisationManagers managers, AccountClosing closing, ApplicationEventPublisher events,
			PersonalTimeZones timeZones, EmailChanges emailChanges) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.people = people;
		this.managers = managers;
		this.closing = closing;
		this.events = events;
		this.timeZones = timeZones;
		this.emailChanges = emailChanges;
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
		this.emailChanges.request(user, newEmail, locale);
	}

	/**
	 * Confirms a new address: it becomes the login, and every session of the account ends
	 * (the person signs in again with the new address).
	 * @return whether the link was valid
	 */
	@Transactional
	public boolean confirmEmailChange(String token, Locale locale) {
		return this.emailChanges.confirm(token, locale);
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
		if (this.people.isManager(user) && this.managers.count(user.organisationId()) <= 1
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

}
