package fr.coopex.accounts;

import java.time.Instant;

/**
 * The current code of an authenticator app, for tests outside this package.
 */
public final class TestTotp {

	private TestTotp() {
	}

	public static String code(String secret) {
		return Totp.code(secret, Totp.step(Instant.now()));
	}

}
