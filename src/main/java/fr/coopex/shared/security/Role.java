package fr.coopex.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person may do on the platform. One role per person.
 */
public enum Role {

	/** SME manager or employee, scoped to their own company. */
	MEMBER,
	/** Runs one or more ecosystems. */
	COORDINATOR,
	/** Officer of a public agency. */
	AGENCY,
	/** Platform administrator: accounts and settings, never a firm's private data. */
	ADMIN;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** Whether a sign-in with this role must be confirmed with a second factor. */
	public boolean requiresSecondFactor() {
		return this == ADMIN || this == AGENCY;
	}

}
