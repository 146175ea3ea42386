package fr.coopex.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.notifications.NotificationPreferences.Unsubscribe;
import fr.coopex.shared.security.Tokens;

/**
 * Signs and reads the tokens of the unsubscribe links: the person's id and the kind,
 * signed with HMAC-SHA256 by a key kept in the database so that every instance checks the
 * links of the others.
 */
@Component
class UnsubscribeTokens {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile byte[] key;

	UnsubscribeTokens(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The signed token of the person's unsubscribe link for one kind. */
	String token(long userId, NotificationKind kind) {
		String payload = userId + "." + kind.name();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
				+ signature(payload);
	}

	/**
	 * What a token stands for, when its signature is right and its kind not essential.
	 */
	Optional<Unsubscribe> read(String token) {
		if (token == null || token.length() > 200 || token.indexOf('.') < 0) {
			return Optional.empty();
		}
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
					StandardCharsets.US_ASCII);
			String signature = token.substring(token.indexOf('.') + 1);
			if (!MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
					signature(payload).getBytes(StandardCharsets.US_ASCII))) {
				return Optional.empty();
			}
			String[] parts = payload.split("\\.");
			NotificationKind kind = NotificationKind.valueOf(parts[1]);
			return kind.essential() ? Optional.empty() : Optional.of(new Unsubscribe(Long.parseLong(parts[0]), kind));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	private String signature(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** The signing key, made once for the whole platform on first use. */
	private byte[] key() {
		byte[] known = this.key;
		if (known != null) {
			return known;
		}
		// the first instance to ask makes it; the others read the same
		this.jdbc.update("insert into notification_signing_key (id, secret, created_at) values (1, ?, ?) "
				+ "on conflict do nothing", Tokens.random(), Timestamp.from(this.clock.instant()));
		String secret = this.jdbc.queryForObject("select secret from notification_signing_key where id = 1",
				String.class);
		this.key = secret.getBytes(StandardCharsets.US_ASCII);
		return this.key;
	}

}
