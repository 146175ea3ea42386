package fr.coopex.accounts;

import java.time.Instant;

import fr.coopex.shared.security.Role;

/**
 * What other modules and the admin pages may read of an account.
 */
public record AccountView(long id, String email, String displayName, Role role, long organisationId,
		String organisationName, OrganisationKind organisationKind, boolean enabled, boolean secondFactorEnabled,
		Instant createdAt) {

	static AccountView of(UserAccount account) {
		Organisation organisation = account.getOrganisation();
		return new AccountView(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
				organisation.getId(), organisation.getName(), organisation.getKind(), account.isEnabled(),
				account.isTotpEnabled(), account.getCreatedAt());
	}

}
