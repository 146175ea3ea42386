package fr.coopex.shared.security;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in whose password was right but whose one-time code is still awaited. It grants
 * nothing but the second-factor pages, and everywhere else the person is a visitor: its
 * principal is the e-mail, not a {@link CoopexUser}, so that
 * {@code @AuthenticationPrincipal CoopexUser} is null on the pages anyone may read. Only
 * the second-factor pages reach the person, through {@link #user()}.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The only authority of a half-finished sign-in. */
	public static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	private final CoopexUser user;

	public SecondFactorPending(CoopexUser user) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.user = user;
		setAuthenticated(true);
	}

	public CoopexUser user() {
		return this.user;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	/** The e-mail only: until the code is given, nothing may act as the person. */
	@Override
	public Object getPrincipal() {
		return this.user.getUsername();
	}

	@Override
	public String getName() {
		return this.user.getUsername();
	}

}
