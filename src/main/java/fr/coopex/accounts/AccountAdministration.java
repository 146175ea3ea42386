package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.Invitations.PendingInvitation;
import fr.coopex.accounts.OrganisationEvents.AccountAdministered;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The admin console's actions on accounts: unlock, disable and enable, reset the second
 * factor, resend an invitation. Each is audited and told to the person by e-mail.
 * Disabling ends every session of the account at once, on every instance (sessions live
 * in the shared store). An admin cannot disable themselves, nor the last admin.
 */
@Service
public class AccountAdministration {

	private final JdbcTemplate jdbc;

	private final SessionTerminator sessions;

	private final Invitations invitations;

	private final MailGateway mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Languages languages;

	AccountAdministration(JdbcTemplate jdbc, SessionTerminator sessions, Invitations invitations, MailGateway mail,
			MessageSource messages, ApplicationEventPublisher events, Clock clock, Languages languages) {
		this.jdbc = jdbc;
		this.languages = languages;
		this.sessions = sessions;
		this.invitations = invitations;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The state of an account as the admin filters on it. */
	public enum State {

		ACTIVE, LOCKED, DISABLED, INVITED

	}

	/** What the actions are called (in URLs, messages and the audit trail). */
	public enum Action {

		UNLOCK, DISABLE, ENABLE, RESET_SECOND_FACTOR

	}

	/**
	 * One account of the admin's list.
	 *
	 * @param lockedUntil until when failed sign-ins lock it, or null
	 */
	public record AccountRow(long id, String email, String displayName, Role role, long organisationId,
			String organisationName, OrganisationKind organisationKind, boolean enabled, boolean secondFactorEnabled,
			Instant lockedUntil, Instant createdAt) {

		public State state() {
			return !this.enabled ? State.DISABLED : this.lockedUntil != null ? State.LOCKED : State.ACTIVE;
		}

	}

	private RowMapper<AccountRow> row() {
		return (rs, i) -> {
			Timestamp locked = rs.getTimestamp("locked_until");
			return new AccountRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getLong("organisation_id"),
					rs.getString("organisation_name"), OrganisationKind.valueOf(rs.getString("kind")),
					rs.getBoolean("enabled"), rs.getBoolean("totp_enabled"), locked == null ? null : locked.toInstant(),
					rs.getTimestamp("created_at").toInstant());
		};
	}

	private static final String SELECT = "select u.id, u.email, u.display_name, u.role, u.organisation_id, "
			+ "o.name as organisation_name, o.kind, u.enabled, u.totp_enabled, u.created_at, "
			+ "(select max(l.locked_until) from login_lock l where l.scope = '" + LoginThrottle.ACCOUNT
			+ "' and l.subject = u.email and l.locked_until > ?) as locked_until "
			+ "from user_account u join organisation o on o.id = u.organisation_id";

	/**
	 * Accounts whose name, e-mail or organisation contains the text, optionally of one
	 * role and in one state (INVITED is answered by {@link #invited}).
	 */
	@Transactional(readOnly = true)
	public Page<AccountRow> search(CoopexUser admin, String text, Role role, State state, Pageable pageable) {
		OrganisationManagement.requireAdmin(admin);
		Timestamp now = Timestamp.from(this.clock.instant());
		StringBuilder where = new StringBuilder(" where u.email not like 'closed-%@closed.invalid'");
		List<Object> args = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			String q = "%" + AccountManagement.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
			where.append(" and (lower(u.email) like ? escape '\\' or lower(u.display_name) like ? escape '\\'"
					+ " or lower(o.name) like ? escape '\\')");
			args.add(q);
			args.add(q);
			args.add(q);
		}
		if (role != null) {
			where.append(" and u.role = ?");
			args.add(role.name());
		}
		String lockedCondition = "exists (select 1 from login_lock l where l.scope = '" + LoginThrottle.ACCOUNT
				+ "' and l.subject = u.email and l.locked_until > ?)";
		if (state == State.DISABLED) {
			where.append(" and u.enabled = false");
		}
		else if (state == State.LOCKED) {
			where.append(" and u.enabled = true and ").append(lockedCondition);
			args.add(now);
		}
		else if (state == State.ACTIVE) {
			where.append(" and u.enabled = true and not ").append(lockedCondition);
			args.add(now);
		}
		else if (state == State.INVITED) {
			return Page.empty(pageable);
		}
		Long total = this.jdbc.queryForObject(
				"select count(*) from user_account u join organisation o on o.id = u.organisation_id" + where,
				Long.class, args.toArray());
		List<Object> all = new ArrayList<>();
		all.add(now);
		all.addAll(args);
		List<AccountRow> rows = this.jdbc.query(SELECT + where + " order by u.email limit " + pageable.getPageSize()
				+ " offset " + pageable.getOffset(), row(), all.toArray());
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	/** Invitations not yet accepted whose address or organisation contains the text. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> invited(CoopexUser admin, String text) {
		OrganisationManagement.requireAdmin(admin);
		return this.invitations.pendingMatching(text);
	}

	@Transactional(readOnly = true)
	public Optional<AccountRow> find(CoopexUser admin, long id) {
		OrganisationManagement.requireAdmin(admin);
		return this.jdbc.query(SELECT + " where u.id = ?", row(), Timestamp.from(this.clock.instant()), id)
			.stream()
			.findFirst();
	}

	/**
	 * Carries out one action on an account, audits it and tells the person.
	 * @throws AccountException when the action is refused (self, last admin, nothing to
	 * do)
	 */
	@Transactional
	public void act(CoopexUser admin, long id, Action action) {
		AccountRow account = find(admin, id).orElseThrow(() -> new AccountException(null, "accounts.admin.unknown"));
		if (account.email().endsWith("@closed.invalid")) {
			throw new AccountException(null, "accounts.admin.closed");
		}
		switch (action) {
			case UNLOCK -> {
				this.jdbc.update("delete from login_lock where scope = ? and subject = ?", LoginThrottle.ACCOUNT,
						account.email());
				this.jdbc.update("delete from login_failure where scope = ? and subject = ?", LoginThrottle.ACCOUNT,
						account.email());
			}
			case DISABLE -> {
				if (account.id() == admin.id()) {
					throw new AccountException(null, "accounts.admin.cannot-disable-self");
				}
				if (account.role() == Role.ADMIN && account.enabled() && enabledAdmins() <= 1) {
					throw new AccountException(null, "accounts.admin.last-admin");
				}
				this.jdbc.update("update user_account set enabled = false, version = version + 1 where id = ?", id);
				this.sessions.endOtherSessions(account.email());
			}
			case ENABLE ->
				this.jdbc.update("update user_account set enabled = true, version = version + 1 where id = ?", id);
			case RESET_SECOND_FACTOR -> {
				this.jdbc.update("update user_account set totp_secret = null, totp_enabled = false, "
						+ "totp_last_step = null, version = version + 1 where id = ?", id);
				this.jdbc.update("delete from recovery_code where user_id = ?", id);
				this.sessions.endOtherSessions(account.email());
			}
		}
		Locale locale = this.languages.of(id);
		String what = this.messages.getMessage("accounts.admin.mail.action." + action.name(), null, locale);
		this.mail.send(account.email(), this.messages.getMessage("accounts.admin.mail.subject", null, locale),
				this.messages.getMessage("accounts.admin.mail.body", new Object[] { account.displayName(), what },
						locale));
		this.events.publishEvent(
				new AccountAdministered(id, account.email(), account.organisationId(), action.name(), admin.id()));
	}

	/** Sends an invitation again, with a new link, in the language it was sent in. */
	@Transactional
	public void resendInvitation(CoopexUser admin, long invitationId) {
		OrganisationManagement.requireAdmin(admin);
		this.invitations.resend(invitationId, admin.id());
	}

	private int enabledAdmins() {
		Integer count = this.jdbc.queryForObject("select count(*) from user_account where role = ? and enabled = true",
				Integer.class, Role.ADMIN.name());
		return count == null ? 0 : count;
	}

}
