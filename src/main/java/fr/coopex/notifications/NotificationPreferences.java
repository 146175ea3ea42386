package fr.coopex.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.notifications.NotificationKind.Channel;

/**
 * How each person wants each kind of notification (in the app, by e-mail, both, or none
 * for the kinds that are not essential; both when never chosen), and the signed tokens of
 * the unsubscribe links that work without signing in.
 * <p>
 * A token ({@link UnsubscribeTokens}) turns off the e-mails of one kind only, and only
 * for its person.
 */
@Service
public class NotificationPreferences {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final UnsubscribeTokens tokens;

	NotificationPreferences(JdbcTemplate jdbc, Clock clock, UnsubscribeTokens tokens) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.tokens = tokens;
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
		return this.tokens.token(userId, kind);
	}

	/**
	 * What a token stands for, when its signature is right and its kind not essential.
	 */
	public Optional<Unsubscribe> read(String token) {
		return this.tokens.read(token);
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

}
