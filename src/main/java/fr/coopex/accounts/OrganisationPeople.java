package fr.coopex.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.Invitations.PendingInvitation;
import fr.coopex.accounts.OrganisationEvents.ManagerChanged;
import fr.coopex.accounts.OrganisationEvents.PersonRemoved;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The people of an organisation, whatever its kind. Everyone in it sees who belongs; its
 * managers invite colleagues, remove them (their sessions end at once) and make another
 * person manager. An organisation always keeps a manager: the first person is one, and
 * the last one cannot be removed.
 */
@Service
public class OrganisationPeople {

	private final JdbcTemplate jdbc;

	private final Invitations invitations;

	private final AccountClosing closing;

	private final ApplicationEventPublisher events;

	private final OrganisationManagers managers;

	OrganisationPeople(JdbcTemplate jdbc, Invitations invitations, AccountClosing closing,
			ApplicationEventPublisher events, OrganisationManagers managers) {
		this.managers = managers;
		this.jdbc = jdbc;
		this.invitations = invitations;
		this.closing = closing;
		this.events = events;
	}

	/** One person of the organisation. */
	public record Person(long id, String displayName, String email, Role role, boolean manager, Instant createdAt) {
	}

	/**
	 * The organisation's people (closed and disabled accounts left out), managers first.
	 */
	@Transactional
	public List<Person> people(CoopexUser viewer) {
		this.managers.ensure(viewer.organisationId());
		return this.jdbc.query(
				"select id, display_name, email, role, manager, created_at from user_account "
						+ "where organisation_id = ? and enabled = true order by manager desc, display_name, id",
				(rs, i) -> new Person(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
						Role.valueOf(rs.getString("role")), rs.getBoolean("manager"),
						rs.getTimestamp("created_at").toInstant()),
				viewer.organisationId());
	}

	/** Whether a person manages their organisation's people. */
	@Transactional
	public boolean isManager(CoopexUser user) {
		return user != null && this.managers.isManager(user);
	}

	/** The invitations of the manager's organisation not yet accepted. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pending(CoopexUser manager) {
		requireManager(manager);
		return this.invitations.pending(manager.organisationId());
	}

	/**
	 * A manager invites a colleague by e-mail.
	 * @throws AccountException when the address is malformed or has an account
	 */
	@Transactional
	public void invite(CoopexUser manager, String email, Locale locale) {
		requireManager(manager);
		this.invitations.invite(manager.organisationId(), email, false, manager.id(), locale);
	}

	/**
	 * A manager removes a person of their organisation: the account is closed and every
	 * session of it ends at once.
	 * @throws AccountException {@code accounts.people.last-manager} for the last manager
	 */
	@Transactional
	public void remove(CoopexUser manager, long userId) {
		requireManager(manager);
		Person person = colleague(manager, userId);
		if (person.manager() && this.managers.count(manager.organisationId()) <= 1) {
			throw new AccountException(null, "accounts.people.last-manager");
		}
		this.closing.close(userId);
		this.events.publishEvent(new PersonRemoved(manager.organisationId(), userId, person.email(), manager.id()));
	}

	/** A manager makes another person of the organisation manager too. */
	@Transactional
	public void promote(CoopexUser manager, long userId) {
		requireManager(manager);
		Person person = colleague(manager, userId);
		if (person.manager()) {
			return;
		}
		this.managers.mark(userId, true);
		this.events
			.publishEvent(new ManagerChanged(manager.organisationId(), userId, person.email(), true, manager.id()));
	}

	/**
	 * A manager stops managing (another manager remains).
	 * @throws AccountException {@code accounts.people.last-manager} for the last manager
	 */
	@Transactional
	public void stepDown(CoopexUser manager, long userId) {
		requireManager(manager);
		Person person = colleague(manager, userId);
		if (!person.manager()) {
			return;
		}
		if (this.managers.count(manager.organisationId()) <= 1) {
			throw new AccountException(null, "accounts.people.last-manager");
		}
		this.managers.mark(userId, false);
		this.events
			.publishEvent(new ManagerChanged(manager.organisationId(), userId, person.email(), false, manager.id()));
	}

	private Person colleague(CoopexUser manager, long userId) {
		return people(manager).stream()
			.filter((p) -> p.id() == userId)
			.findFirst()
			.orElseThrow(() -> new AccountException(null, "accounts.people.unknown"));
	}

	private void requireManager(CoopexUser user) {
		if (!isManager(user)) {
			throw new AccessDeniedException("Only managers manage their organisation's people");
		}
	}

}
