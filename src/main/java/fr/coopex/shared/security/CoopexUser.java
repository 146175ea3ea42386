package fr.coopex.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as every controller receives it with
 * {@code @AuthenticationPrincipal}. Kept small: it is serialised into the shared session.
 */
public final class CoopexUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final long organisationId;

	private final String organisationName;

	private final boolean secondFactorEnabled;

	private final boolean secondFactorExempt;

	private String passwordHash;

	public CoopexUser(long id, String email, String displayName, Role role, long organisationId,
			String organisationName, String passwordHash, boolean secondFactorEnabled, boolean secondFactorExempt) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.passwordHash = passwordHash;
		this.secondFactorEnabled = secondFactorEnabled;
		this.secondFactorExempt = secondFactorExempt;
	}

	public long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public long organisationId() {
		return this.organisationId;
	}

	public String organisationName() {
		return this.organisationName;
	}

	public boolean secondFactorEnabled() {
		return this.secondFactorEnabled;
	}

	/**
	 * Whether signing in must be confirmed by a one-time code: always when the person
	 * turned it on, and for the roles that can do the most harm unless the account is
	 * exempt (demo).
	 */
	public boolean needsSecondFactor() {
		return this.secondFactorEnabled || (this.role.requiresSecondFactor() && !this.secondFactorExempt);
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(this.role.authority());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CoopexUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CoopexUser[" + this.id + ", " + this.role + "]";
	}

}
