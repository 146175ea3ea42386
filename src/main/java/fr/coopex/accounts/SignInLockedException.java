package fr.coopex.accounts;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because the account or the client address is locked after too many
 * failures.
 */
class SignInLockedException extends AuthenticationException {

	private final Instant until;

	SignInLockedException(Instant until) {
		super("Too many failed sign-ins");
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
