package fr.coopex.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountEvents.AccountCreated;
import fr.coopex.accounts.AccountEvents.AccountRegistered;
import fr.coopex.accounts.AccountEvents.CompanyCreated;
import fr.coopex.accounts.AccountEvents.PasswordChanged;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.security.Tokens;
import fr.coopex.shared.validation.SirenValidator;
import fr.coopex.shared.web.RequestOrigin;

/**
 * Accounts and organisations: registration of SME managers, accounts created by admins,
 * colleagues, password changes. Every rule is checked here, whatever page or job calls.
 * The sign-up page is {@link SignUps}, a forgotten password {@link PasswordResets}.
 */
@Service
public class AccountManagement {

	private final UserAccounts accounts;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final SessionTerminator sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CurrentPasswordCheck currentPassword;

	private final Languages languages;

	private final PersonalTimeZones timeZones;

	AccountManagement(UserAccounts accounts, Organisations organisations, PasswordEncoder encoder,
			PasswordPolicy policy, SessionTerminator sessions, ApplicationEventPublisher events, Clock clock,
			CurrentPasswordCheck currentPassword, Languages languages, PersonalTimeZones timeZones) {
		this.currentPassword = currentPassword;
		this.languages = languages;
		this.timeZones = timeZones;
		this.accounts = accounts;
		this.organisations = organisations;
		this.encoder = encoder;
		this.policy = policy;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** An SME manager's sign-up: the person and their company. */
	public record CompanySignUp(String displayName, String email, String password, String legalName, String siren) {
	}

	/**
	 * An account created by an admin, at first start or by the demo data. A null password
	 * leaves the account without a usable one: the person sets it through a reset link.
	 */
	public record NewAccount(String email, String displayName, Role role, OrganisationKind organisationKind,
			String organisationName, String siren, String password, boolean secondFactorExempt) {
	}

	/**
	 * Signs up an SME manager with their company.
	 * @return the new member, ready to be signed in
	 * @throws AccountException when the e-mail is taken, the SIREN is invalid or already
	 * registered (the company must then invite the person), or the password is refused
	 */
	@Transactional
	public CoopexUser register(CompanySignUp signUp) {
		String siren = SirenValidator.normalise(signUp.siren());
		String sirenProblem = SirenValidator.problem(siren);
		if (sirenProblem != null) {
			throw new AccountException("siren", sirenProblem);
		}
		requireAcceptable(signUp.password(), "password");
		String email = UserAccount.normaliseEmail(signUp.email());
		if (this.organisations.existsBySiren(siren)) {
			throw new AccountException("siren", "accounts.register.siren-taken");
		}
		if (this.accounts.existsByEmail(email)) {
			throw new AccountException("email", "accounts.register.email-taken");
		}
		Instant now = this.clock.instant();
		try {
			Organisation company = this.organisations
				.saveAndFlush(new Organisation(OrganisationKind.COMPANY, signUp.legalName().strip(), siren, now));
			this.events.publishEvent(new CompanyCreated(company.getId(), company.getName(), siren));
			UserAccount account = this.accounts.saveAndFlush(new UserAccount(company, email,
					signUp.displayName().strip(), this.encoder.encode(signUp.password()), Role.MEMBER, now));
			this.events.publishEvent(new AccountRegistered(account.getId(), email, company.getId(), company.getName(),
					siren, RequestOrigin.currentAddress()));
			return account.toPrincipal();
		}
		catch (DataIntegrityViolationException raced) {
			// the same SIREN or e-mail was registered at the same moment
			throw new AccountException("siren", "accounts.register.siren-taken");
		}
	}

	/**
	 * Creates an account (and its organisation, unless one of that kind and name exists).
	 */
	@Transactional
	public long createAccount(NewAccount request, String createdBy) {
		String email = UserAccount.normaliseEmail(request.email());
		if (this.accounts.existsByEmail(email)) {
			throw new AccountException("email", "accounts.register.email-taken");
		}
		if (request.password() != null) {
			requireAcceptable(request.password(), "password");
		}
		Instant now = this.clock.instant();
		Organisation organisation = this.organisations
			.findFirstByKindAndName(request.organisationKind(), request.organisationName())
			.orElseGet(() -> newOrganisation(request, now));
		String password = request.password() != null ? request.password() : Tokens.random();
		UserAccount account = new UserAccount(organisation, email, request.displayName(), this.encoder.encode(password),
				request.role(), now);
		if (request.secondFactorExempt()) {
			account.exemptFromSecondFactor();
		}
		account = this.accounts.save(account);
		this.events
			.publishEvent(new AccountCreated(account.getId(), email, request.role(), organisation.getId(), createdBy));
		return account.getId();
	}

	private Organisation newOrganisation(NewAccount request, Instant now) {
		Organisation organisation = this.organisations.saveAndFlush(new Organisation(request.organisationKind(),
				request.organisationName(), SirenValidator.normalise(request.siren()), now));
		if (organisation.getKind() == OrganisationKind.COMPANY) {
			this.events.publishEvent(
					new CompanyCreated(organisation.getId(), organisation.getName(), organisation.getSiren()));
		}
		return organisation;
	}

	/**
	 * Adds a colleague to an existing organisation (after an invitation was accepted);
	 * they get the role of the organisation's kind.
	 * @return the new colleague, ready to be signed in
	 */
	@Transactional
	public CoopexUser createColleague(long organisationId, String email, String displayName, String password) {
		String normalised = UserAccount.normaliseEmail(email);
		if (this.accounts.existsByEmail(normalised)) {
			throw new AccountException("email", "accounts.register.email-taken");
		}
		requireAcceptable(password, "password");
		Organisation organisation = this.organisations.findById(organisationId).orElseThrow();
		Role role = switch (organisation.getKind()) {
			case COMPANY -> Role.MEMBER;
			case COORDINATION_BODY -> Role.COORDINATOR;
			case AGENCY -> Role.AGENCY;
			case PLATFORM -> Role.ADMIN;
		};
		UserAccount account = this.accounts.save(new UserAccount(organisation, normalised, displayName.strip(),
				this.encoder.encode(password), role, this.clock.instant()));
		this.events.publishEvent(new AccountCreated(account.getId(), normalised, role, organisationId, "invitation"));
		return account.toPrincipal();
	}

	/** The people of an organisation. */
	@Transactional(readOnly = true)
	public java.util.List<AccountView> members(long organisationId) {
		return this.accounts.findByOrganisationIdOrderByDisplayName(organisationId)
			.stream()
			.map(AccountView::of)
			.toList();
	}

	/** The enabled accounts of a role (e.g. the platform admins, for alerts). */
	@Transactional(readOnly = true)
	public java.util.List<AccountView> withRole(Role role) {
		return this.accounts.findByRoleAndEnabledTrueOrderById(role).stream().map(AccountView::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return this.accounts.findById(id).map(AccountView::of);
	}

	/**
	 * The language each of these people uses the platform in (remembered at sign-in):
	 * English or French, French for anyone unknown; for what is sent to them later.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Locale> languages(Collection<Long> userIds) {
		return this.languages.of(userIds);
	}

	/**
	 * The time zone the person chose to read times in; empty when they chose none (Paris
	 * time, as times are shown by default).
	 */
	@Transactional(readOnly = true)
	public Optional<ZoneId> timeZone(long userId) {
		return this.timeZones.of(userId);
	}

	/**
	 * The time zone of each of these people who chose one (absent: Paris time); for what
	 * is sent to them later.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ZoneId> timeZones(Collection<Long> userIds) {
		return this.timeZones.of(userIds);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmail(UserAccount.normaliseEmail(email)).map(AccountView::of);
	}

	/** The principal of an account as it is now, to refresh a session after a change. */
	@Transactional(readOnly = true)
	public CoopexUser principal(long id) {
		return this.accounts.findById(id).orElseThrow().toPrincipal();
	}

	@Transactional(readOnly = true)
	public boolean hasAccountWithRole(Role role) {
		return this.accounts.existsByRole(role);
	}

	/** Accounts whose e-mail, name or organisation contains the text (admin list). */
	@Transactional(readOnly = true)
	public Page<AccountView> search(String text, Pageable pageable) {
		String q = text == null || text.isBlank() ? "" : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
		return this.accounts.search(q, pageable).map(AccountView::of);
	}

	/**
	 * Changes a password after checking the current one (the check counts with the
	 * sign-in failures and locks the account the same way), and ends the account's other
	 * sessions.
	 */
	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = this.accounts.findById(userId).orElseThrow();
		this.currentPassword.require(account, currentPassword, "currentPassword");
		requireAcceptable(newPassword, "newPassword");
		account.changePassword(this.encoder.encode(newPassword), this.clock.instant());
		this.sessions.endOtherSessions(account.getEmail());
		this.events.publishEvent(new PasswordChanged(account.getEmail(), false, RequestOrigin.currentAddress()));
	}

	private void requireAcceptable(String password, String field) {
		String problem = this.policy.problem(password);
		if (problem != null) {
			throw new AccountException(field, problem);
		}
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
