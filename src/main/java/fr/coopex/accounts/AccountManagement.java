package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountEvents.AccountCreated;
import fr.coopex.accounts.AccountEvents.AccountRegistered;
import fr.coopex.accounts.AccountEvents.CompanyCreated;
import fr.coopex.accounts.AccountEvents.PasswordChanged;
import fr.coopex.accounts.AccountEvents.PasswordResetRequested;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.RequestQuota;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.security.Tokens;
import fr.coopex.shared.validation.SirenValidator;
import fr.coopex.shared.web.RequestOrigin;

/**
 * Accounts and organisations: sign-up of SME managers, accounts created by admins,
 * password changes and resets. Every rule is checked here, whatever page or job calls.
 */
@Service
public class AccountManagement {

	private final UserAccounts accounts;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final JdbcTemplate jdbc;

	private final MailGateway mail;

	private final MessageSource messages;

	private final SessionTerminator sessions;

	private final ApplicationEventPublisher events;

	private final CoopexProperties properties;

	private final Clock clock;

	private final CurrentPasswordCheck currentPassword;

	private final RequestQuota quota;

	AccountManagement(UserAccounts accounts, Organisations organisations, PasswordEncoder encoder,
			PasswordPolicy policy, JdbcTemplate jdbc, MailGateway mail, MessageSource messages,
			SessionTerminator sessions, ApplicationEventPublisher events, CoopexProperties properties, Clock clock,
			CurrentPasswordCheck currentPassword, RequestQuota quota) {
		this.currentPassword = currentPassword;
		this.quota = quota;
		this.accounts = accounts;
		this.organisations = organisations;
		this.encoder = encoder;
		this.policy = policy;
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.sessions = sessions;
		this.events = events;
		this.properties = properties;
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
	 * The sign-up page: answers the same whether the e-mail already has an account or
	 * not, so that the page cannot be used to find out who has one. A new address gets
	 * its account and a welcome e-mail; an address that has an account gets an e-mail
	 * saying so instead (the password is hashed all the same, so that both take as long).
	 * Limited per client and per e-mail address ({@link RequestQuota}).
	 * @throws AccountException when the input is refused (SIREN, password; never the
	 * e-mail's existence), or the client asked too often
	 */
	@Transactional
	public void signUp(CompanySignUp signUp, Locale locale) {
		if (!this.quota.fromClient("sign-up")) {
			throw new AccountException(null, "accounts.throttled");
		}
		String email = UserAccount.normaliseEmail(signUp.email());
		try {
			CoopexUser created = register(signUp);
			if (this.quota.toEmail("sign-up", email)) {
				sendBestEffort(email, this.messages.getMessage("accounts.register.mail.subject", null, locale),
						this.messages.getMessage("accounts.register.mail.body",
								new Object[] { created.displayName(), this.properties.baseUrl() + "/login" }, locale));
			}
		}
		catch (AccountException ex) {
			if (!"accounts.register.email-taken".equals(ex.messageKey())) {
				throw ex;
			}
			this.encoder.encode(signUp.password());
			if (this.quota.toEmail("sign-up", email)) {
				sendBestEffort(email, this.messages.getMessage("accounts.register.mail.taken-subject", null, locale),
						this.messages.getMessage("accounts.register.mail.taken-body", new Object[] {
								this.properties.baseUrl() + "/login", this.properties.baseUrl() + "/password/forgot" },
								locale));
			}
		}
	}

	/**
	 * Sends an e-mail whose failure must not change the answer (the page would otherwise
	 * tell which of two e-mails was sent).
	 */
	private void sendBestEffort(String to, String subject, String body) {
		try {
			this.mail.send(to, subject, body);
		}
		catch (MailGateway.MailDeliveryException ex) {
			org.slf4j.LoggerFactory.getLogger(AccountManagement.class).warn("Sign-up e-mail not sent", ex);
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
		requireAcceptable(newPassword, "newPassword");
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
