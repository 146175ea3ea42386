package fr.coopex.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.notifications.NotificationKind.Channel;
import fr.coopex.shared.security.Tokens;

/**
 * How each person wants each kind of notification (in the app, by e-mail, both, or none
 * for the kinds that are not essential; both when never chosen), and the signed tokens of
 * the unsubscribe links that work without signing in.
 * <p>
 * A token is the person's id and the kind, signed with HMAC-SHA256 by a key kept in the
 * database (so every instance checks the links of the others); it turns off the e-mails
 * of that kind only, and only for that person.
 */
@Service
public class NotificationPreferences {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile byte[] key;

	NotificationPreferences(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every kind and how the person receives it. */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Channel> of(long userId) {
		Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			channels.put(kind, Channel.BOTH);
		}
		this.jdbc.query("select kind, channel from notification_preference where user_id = ?",
				(java.sql.ResultSet rs) -> {
					channels.put(NotificationKind.valueOf(rs.getString(1)), Channel.valueOf(rs.getString(2)));
				}, userId);
		return channels;
	}

	/** How each of these people receives one kind. */
	Map<Long, Channel> channels(Collection<Long> userIds, NotificationKind kind) {
		Map<Long, Channel> channels = new HashMap<>();
		userIds.forEach((id) -> channels.put(id, Channel.BOTH));
		if (!userIds.isEmpty()) {
			this.jdbc.query(
					"select user_id, channel from notification_preference where kind = ? and user_id in ("
							+ String.join(",", userIds.stream().map(String::valueOf).toList()) + ")",
					(java.sql.ResultSet rs) -> {
						channels.put(rs.getLong(1), Channel.valueOf(rs.getString(2)));
					}, kind.name());
		}
		return channels;
	}

	/**
	 * Sets how the person receives each kind given.
	 * @throws IllegalArgumentException when an essential kind would be turned off
	 */
	@Transactional
	public void set(long userId, Map<NotificationKind, Channel> channels) {
		channels.forEach((kind, channel) -> {
			if (kind.essential() && channel == Channel.NONE) {
				throw new IllegalArgumentException(kind + " cannot be turned off");
			}
		});
		channels.forEach((kind, channel) -> put(userId, kind, channel));
	}

	private void put(long userId, NotificationKind kind, Channel channel) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (this.jdbc.update(
				"update notification_preference set channel = ?, updated_at = ? where user_id = ? and kind = ?",
				channel.name(), now, userId, kind.name()) == 0) {
			this.jdbc.update(
					"insert into notification_preference (user_id, kind, channel, updated_at) values (?, ?, ?, ?)",
					userId, kind.name(), channel.name(), now);
		}
	}

	/** What an unsubscribe link stands for. */
	public record Unsubscribe(long userId, NotificationKind kind) {
	}

	/** The signed token of the person's unsubscribe link for one kind. */
	public String token(long userId, NotificationKind kind) {
		String payload = userId + "." + kind.name();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
				+ signature(payload);
	}

	/**
	 * What a token stands for, when its signature is right and its kind not essential.
	 */
	public Optional<Unsubscribe> read(String token) {
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

	/**
	 * Turns off the e-mails of the token's kind for its person.
	 * @return what was turned off, or empty when the token is not valid
	 */
	@Transactional
	public Optional<Unsubscribe> unsubscribe(String token) {
		Optional<Unsubscribe> unsubscribe = read(token);
		unsubscribe.ifPresent((u) -> put(u.userId(), u.kind(), of(u.userId()).get(u.kind()).withoutEmail()));
		return unsubscribe;
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
