package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationEvents.InvitationAccepted;
import fr.coopex.accounts.OrganisationEvents.PersonInvited;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Tokens;

/**
 * Invitations to join an organisation (any kind): a single-use link, valid seven days,
 * sent by e-mail. The invited person sets their name and password; the account gets the
 * role of the organisation's kind. An expired link can be renewed by the person it was
 * sent to (the new link goes to the same address); a used one cannot.
 */
@Service
public class Invitations {

	/** How long an invitation link stays valid. */
	public static final Duration VALIDITY = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	private final AccountManagement accounts;

	private final UserAccounts users;

	private final MailGateway mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final CoopexProperties properties;

	private final Clock clock;

	Invitations(JdbcTemplate jdbc, AccountManagement accounts, UserAccounts users, MailGateway mail,
			MessageSource messages, ApplicationEventPublisher events, CoopexProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.users = users;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Where an invitation link stands. */
	public enum Status {

		VALID, EXPIRED, USED, UNKNOWN

	}

	/**
	 * What an invitation link opens.
	 *
	 * @param secondFactorRequired whether the account will have to set up a second factor
	 * (AGENCY and ADMIN)
	 */
	public record InvitationView(long id, Status status, long organisationId, String organisationName,
			OrganisationKind organisationKind, String email, boolean manager, boolean secondFactorRequired,
			Instant expiresAt) {

		static final InvitationView UNKNOWN = new InvitationView(0, Status.UNKNOWN, 0, null, null, null, false, false,
				null);

	}

	/** An invitation waiting for its person. */
	public record PendingInvitation(long id, long organisationId, String organisationName, String email,
			Instant createdAt, Instant expiresAt, boolean expired) {
	}

	/**
	 * Invites a person to an organisation and e-mails them the link. Earlier unused
	 * invitations of the same address to the same organisation stop working.
	 * @param manager whether the person becomes a manager on accepting
	 * @param by who invites (an account id), or null for the platform
	 * @throws AccountException when the address is malformed or already has an account
	 */
	@Transactional
	public long invite(long organisationId, String email, boolean manager, Long by, Locale locale) {
		String address = UserAccount.normaliseEmail(email);
		if (address == null || address.isEmpty() || address.length() > 254
				|| !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new AccountException("email", "accounts.invitation.email-invalid");
		}
		if (this.users.existsByEmail(address)) {
			throw new AccountException("email", "accounts.register.email-taken");
		}
		String organisationName = this.jdbc.queryForObject("select name from organisation where id = ?", String.class,
				organisationId);
		Instant now = this.clock.instant();
		this.jdbc.update(
				"update account_invitation set revoked_at = ? where organisation_id = ? and email = ? "
						+ "and accepted_at is null and revoked_at is null",
				Timestamp.from(now), organisationId, address);
		String token = Tokens.random();
		this.jdbc.update(
				"insert into account_invitation (organisation_id, email, token_hash, manager, invited_by, language, "
						+ "created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				organisationId, address, Tokens.hash(token), manager, by, language(locale), Timestamp.from(now),
				Timestamp.from(now.plus(VALIDITY)));
		long id = this.jdbc.queryForObject("select id from account_invitation where token_hash = ?", Long.class,
				Tokens.hash(token));
		String link = this.properties.baseUrl() + "/invite/" + token;
		this.mail.send(address,
				this.messages.getMessage("accounts.invitation.mail.subject", new Object[] { organisationName }, locale),
				this.messages.getMessage("accounts.invitation.mail.body",
						new Object[] { organisationName, link, VALIDITY.toDays() }, locale));
		this.events.publishEvent(new PersonInvited(organisationId, address, by));
		return id;
	}

	/** What a link opens: valid, expired, used, or unknown. */
	@Transactional(readOnly = true)
	public InvitationView look(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return InvitationView.UNKNOWN;
		}
		Instant now = this.clock.instant();
		return this.jdbc.query("select i.id, i.organisation_id, o.name, o.kind, i.email, i.manager, i.expires_at, "
				+ "i.accepted_at, i.revoked_at from account_invitation i join organisation o on o.id = i.organisation_id "
				+ "where i.token_hash = ?", (rs, n) -> {
					Instant expires = rs.getTimestamp("expires_at").toInstant();
					Status status = rs.getTimestamp("accepted_at") != null ? Status.USED
							: (rs.getTimestamp("revoked_at") != null || !expires.isAfter(now)) ? Status.EXPIRED
									: Status.VALID;
					OrganisationKind kind = OrganisationKind.valueOf(rs.getString("kind"));
					return new InvitationView(rs.getLong("id"), status, rs.getLong("organisation_id"),
							rs.getString("name"), kind, rs.getString("email"), rs.getBoolean("manager"),
							kind == OrganisationKind.AGENCY || kind == OrganisationKind.PLATFORM, expires);
				}, Tokens.hash(token))
			.stream()
			.findFirst()
			.orElse(InvitationView.UNKNOWN);
	}

	/**
	 * Accepts an invitation: creates the account in the organisation (a manager when the
	 * invitation says so). The link then no longer works.
	 * @throws AccountException when the link is not valid, the address has an account
	 * meanwhile or the password is refused
	 */
	@Transactional
	public CoopexUser accept(String token, String displayName, String password) {
		InvitationView invitation = look(token);
		if (invitation.status() != Status.VALID) {
			throw new AccountException(null,
					"accounts.invitation." + invitation.status().name().toLowerCase(Locale.ROOT));
		}
		int claimed = this.jdbc.update(
				"update account_invitation set accepted_at = ? where id = ? and accepted_at is null and revoked_at is null",
				Timestamp.from(this.clock.instant()), invitation.id());
		if (claimed != 1) {
			throw new AccountException(null, "accounts.invitation.used");
		}
		CoopexUser user = this.accounts.createColleague(invitation.organisationId(), invitation.email(), displayName,
				password);
		this.jdbc.update("update account_invitation set user_id = ? where id = ?", user.id(), invitation.id());
		if (invitation.manager()) {
			this.jdbc.update("update user_account set manager = true where id = ?", user.id());
		}
		this.events.publishEvent(new InvitationAccepted(invitation.organisationId(), user.id(), user.email()));
		return user;
	}

	/**
	 * Sends a new link to the address of an expired one (the person who holds the old
	 * link asks for it; the new link goes to the invited address only).
	 * @return whether a new link was sent
	 */
	@Transactional
	public boolean renew(String token, Locale locale) {
		InvitationView invitation = look(token);
		if (invitation.status() != Status.EXPIRED || this.users.existsByEmail(invitation.email())) {
			return false;
		}
		Long by = this.jdbc.queryForObject("select invited_by from account_invitation where id = ?", Long.class,
				invitation.id());
		invite(invitation.organisationId(), invitation.email(), invitation.manager(), by, locale);
		return true;
	}

	/**
	 * Sends an invitation again (a new link; the old one stops working), in the language
	 * it was first sent in.
	 */
	@Transactional
	public void resend(long invitationId, Long by) {
		List<Object[]> found = this.jdbc.query(
				"select organisation_id, email, manager, language from account_invitation where id = ? and accepted_at is null",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4) },
				invitationId);
		if (found.isEmpty()) {
			throw new AccountException(null, "accounts.invitation.used");
		}
		invite((Long) found.get(0)[0], (String) found.get(0)[1], (Boolean) found.get(0)[2], by,
				Languages.of((String) found.get(0)[3]));
	}

	/** The invitations of an organisation not yet accepted (expired ones included). */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pending(long organisationId) {
		return pendingWhere("i.organisation_id = ?", organisationId);
	}

	/** Every invitation not yet accepted whose address contains a text (admin). */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingMatching(String text) {
		String q = text == null || text.isBlank() ? "%"
				: "%" + AccountManagement.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
		return pendingWhere("(lower(i.email) like ? escape '\\' or lower(o.name) like ? escape '\\')", q, q);
	}

	/** The organisation of an invitation, if the invitation exists. */
	@Transactional(readOnly = true)
	public Optional<Long> organisationOf(long invitationId) {
		return this.jdbc
			.queryForList("select organisation_id from account_invitation where id = ?", Long.class, invitationId)
			.stream()
			.findFirst();
	}

	private List<PendingInvitation> pendingWhere(String condition, Object... args) {
		Instant now = this.clock.instant();
		return this.jdbc.query("select i.id, i.organisation_id, o.name, i.email, i.created_at, i.expires_at "
				+ "from account_invitation i join organisation o on o.id = i.organisation_id "
				+ "where i.accepted_at is null and i.revoked_at is null and " + condition
				+ " order by i.created_at desc limit 200", (rs, i) -> {
					Instant expires = rs.getTimestamp("expires_at").toInstant();
					return new PendingInvitation(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
							rs.getString("email"), rs.getTimestamp("created_at").toInstant(), expires,
							!expires.isAfter(now));
				}, args);
	}

	static String language(Locale locale) {
		return locale == null ? "fr" : locale.getLanguage().isEmpty() ? "fr" : locale.getLanguage();
	}

}
