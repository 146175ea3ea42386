package fr.coopex.accounts;

import fr.coopex.shared.security.Role;

/**
 * What happens to accounts, published for the audit trail and the other modules. Events
 * carry ids and values, never entities, and never a secret.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** An SME manager signed up, creating their company's organisation. */
	public record AccountRegistered(long userId, String email, long organisationId, String legalName, String siren,
			String remoteAddress) {
	}

	/**
	 * An account was created by an admin, the first-start admin set-up or the demo data.
	 */
	public record AccountCreated(long userId, String email, Role role, long organisationId, String createdBy) {
	}

	/**
	 * A company organisation was created (at sign-up, by an admin or by the demo data).
	 */
	public record CompanyCreated(long organisationId, String legalName, String siren) {
	}

	/** A sign-in completed (password, and the one-time code where one is needed). */
	public record SignedIn(String email, boolean withSecondFactor, String remoteAddress) {
	}

	/** A one-time code or recovery code was wrong. */
	public record SecondFactorFailed(String email, String remoteAddress) {
	}

	/** Too many failed sign-ins: the account or the address is refused for a while. */
	public record SignInLocked(String scope, String subject, String remoteAddress) {
	}

	/** A sign-in attempt was refused because the account or address is locked. */
	public record SignInRefusedWhileLocked(String email, String remoteAddress) {
	}

	/** A password was changed (by its owner, or through a reset link). */
	public record PasswordChanged(String email, boolean throughReset, String remoteAddress) {
	}

	/** Someone asked for a reset link (whether or not the account exists). */
	public record PasswordResetRequested(String email, boolean accountExists, String remoteAddress) {
	}

	/** The second factor was turned on or off, or recovery codes were renewed. */
	public record SecondFactorChanged(String email, String change, String remoteAddress) {
	}

}
