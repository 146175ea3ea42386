package fr.coopex.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * A person who signs in. The e-mail, stored in lower case, is the login.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled = true;

	@Column(name = "mfa_exempt")
	private boolean secondFactorExempt;

	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_enabled")
	private boolean totpEnabled;

	@Column(name = "totp_last_step")
	private Long totpLastStep;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(Organisation organisation, String email, String displayName, String passwordHash, Role role,
			Instant now) {
		this.organisation = organisation;
		this.email = normaliseEmail(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	static String normaliseEmail(String email) {
		return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
	}

	CoopexUser toPrincipal() {
		return new CoopexUser(this.id, this.email, this.displayName, this.role, this.organisation.getId(),
				this.organisation.getName(), this.passwordHash, this.totpEnabled, this.secondFactorExempt);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	/** Turns the second factor on with a secret the person has just proven they hold. */
	void enableTotp(String secret, long step) {
		this.totpSecret = secret;
		this.totpEnabled = true;
		this.totpLastStep = step;
	}

	void disableTotp() {
		if (this.role.requiresSecondFactor() && !this.secondFactorExempt) {
			throw new IllegalStateException("The second factor is mandatory for " + this.role);
		}
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = null;
	}

	/**
	 * Records that the code of this time step was used, so that the same code cannot be
	 * replayed. Returns false when a code of this step or a later one was already
	 * accepted.
	 */
	boolean acceptTotpStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	void exemptFromSecondFactor() {
		this.secondFactorExempt = true;
	}

	Long getId() {
		return this.id;
	}

	Organisation getOrganisation() {
		return this.organisation;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	boolean isSecondFactorExempt() {
		return this.secondFactorExempt;
	}

}
