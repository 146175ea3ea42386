package fr.coopex.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes as RFC 6238 defines them (its SHA-1 test vectors, last six digits).
 */
class TotpTests {

	private static final String RFC_SECRET = new Base32()
		.encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void computesTheRfcTestVectors(long seconds, String code) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
	}

	@Test
	void acceptsOneStepOfClockDriftButNoMore() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
	}

	@Test
	void refusesMalformedCodes() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "28708a", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).isPresent();
	}

	@Test
	void buildsAnUriThatAuthenticatorAppsRead() {
		assertThat(Totp.uri("Coopex", "marie@exemple.fr", "ABC")).isEqualTo(
				"otpauth://totp/Coopex:marie%40exemple.fr?secret=ABC&issuer=Coopex&algorithm=SHA1&digits=6&period=30");
		assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
	}

}
