package fr.coopex.shared.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Who is looking at the page, as templates need it: the layout's navigation and the
 * role-dependent parts of a page. Every page has it as {@code viewer}; templates read it
 * with {@code ${viewer.member()}} rather than evaluating a security expression per
 * element, which costs far more. A half-finished sign-in (second factor awaited) views as
 * anonymous.
 */
public record Viewer(CoopexUser user) {

	private static final Viewer ANONYMOUS = new Viewer(null);

	public static Viewer of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CoopexUser user) {
			String granted = "ROLE_" + user.role().name();
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				if (granted.equals(authority.getAuthority())) {
					return new Viewer(user);
				}
			}
		}
		return ANONYMOUS;
	}

	public boolean signedIn() {
		return this.user != null;
	}

	public boolean member() {
		return is(Role.MEMBER);
	}

	public boolean coordinator() {
		return is(Role.COORDINATOR);
	}

	public boolean agency() {
		return is(Role.AGENCY);
	}

	public boolean admin() {
		return is(Role.ADMIN);
	}

	/** A company's person or a coordinator: those who create and run ecosystems. */
	public boolean runsEcosystems() {
		return member() || coordinator();
	}

	public String displayName() {
		return (this.user != null) ? this.user.displayName() : null;
	}

	public String organisationName() {
		return (this.user != null) ? this.user.organisationName() : null;
	}

	private boolean is(Role role) {
		return this.user != null && this.user.role() == role;
	}

}
