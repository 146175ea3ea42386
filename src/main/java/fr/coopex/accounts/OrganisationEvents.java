package fr.coopex.accounts;

/**
 * What happens to organisations and their people, published for the audit trail. Events
 * carry ids and values, never entities, and never a secret. {@code by} is the acting
 * person's account id, or null for the system.
 */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	/** A coordination body or agency asked for an account. */
	public record OrganisationRequested(long requestId, String organisationName, String kind, String applicantEmail) {
	}

	/**
	 * An admin approved a request: the organisation exists, its first officer is invited.
	 */
	public record OrganisationRequestApproved(long requestId, long organisationId, String organisationName,
			String applicantEmail, long by) {
	}

	/** An admin refused a request. */
	public record OrganisationRequestRefused(long requestId, String organisationName, String applicantEmail,
			String reason, long by) {
	}

	/** An organisation was created (by an admin directly, or by approving a request). */
	public record OrganisationCreated(long organisationId, String name, String kind, Long by) {
	}

	/** An agency's jurisdiction, operators, or a body's scope changed. */
	public record OrganisationScopeChanged(long organisationId, String name, String scope, String operators, long by) {
	}

	/** Someone was invited to join an organisation. */
	public record PersonInvited(long organisationId, String email, Long by) {
	}

	/** An invitation was accepted: the person has an account. */
	public record InvitationAccepted(long organisationId, long userId, String email) {
	}

	/** A manager removed a person from the organisation (their account is closed). */
	public record PersonRemoved(long organisationId, long userId, String email, long by) {
	}

	/** A manager made another person manager, or a manager stepped down. */
	public record ManagerChanged(long organisationId, long userId, String email, boolean manager, long by) {
	}

	/** An admin acted on an account: UNLOCKED, DISABLED, ENABLED, SECOND_FACTOR_RESET. */
	public record AccountAdministered(long userId, String email, long organisationId, String action, long by) {
	}

	/** A person changed their e-mail address (confirmed from the new address). */
	public record EmailChanged(long userId, long organisationId, String oldEmail, String newEmail) {
	}

	/** A person closed their own account. */
	public record AccountClosed(long userId, long organisationId, String email) {
	}

}
