package fr.coopex.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * The in-app notifications of each person: written, read, marked read, and their unread
 * count. Part of {@link NotificationCenter}, which opens the transaction.
 */
@Component
class NotificationInbox {

	private static final String SEPARATOR = "\u001f";

	private final JdbcTemplate jdbc;

	/**
	 * Unread counts, read on every page: cached a few seconds
	 * ({@value CacheConfiguration#UNREAD_NOTIFICATIONS}), evicted now and once the change
	 * commits when this instance notifies the person or marks their notifications read,
	 * so only a change made through another instance shows late, and by the cache's
	 * expiry at most.
	 */
	private final Cache unread;

	NotificationInbox(JdbcTemplate jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.unread = caches.getCache(CacheConfiguration.UNREAD_NOTIFICATIONS);
	}

	/** Writes a notification for the person. */
	void add(long userId, String messageKey, List<String> arguments, String link, Instant at) {
		this.jdbc.update(
				"insert into notification (user_id, message_key, arguments, link, created_at) values (?, ?, ?, ?, ?)",
				userId, messageKey, String.join(SEPARATOR, arguments), link, Timestamp.from(at));
		forgetUnreadAfterCommit(userId);
	}

	/** How many notifications the person has not read. */
	@Cacheable(cacheNames = CacheConfiguration.UNREAD_NOTIFICATIONS, key = "#userId", sync = true)
	public int unread(long userId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and read_at is null", Integer.class, userId);
		return (count == null) ? 0 : count;
	}

	List<Notification> latest(long userId, int limit) {
		return this.jdbc.query(
				"select id, message_key, arguments, link, created_at, read_at from notification where user_id = ? "
						+ "order by created_at desc, id desc limit " + Math.max(1, Math.min(limit, 200)),
				(rs, i) -> new Notification(rs.getLong(1), rs.getString(2),
						rs.getString(3) == null || rs.getString(3).isEmpty() ? List.of()
								: List.of(rs.getString(3).split(SEPARATOR, -1)),
						rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null),
				userId);
	}

	void markAllRead(long userId, Instant at) {
		this.jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null",
				Timestamp.from(at), userId);
		forgetUnreadAfterCommit(userId);
	}

	private void forgetUnreadAfterCommit(long userId) {
		this.unread.evict(userId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					NotificationInbox.this.unread.evict(userId);
				}
			});
		}
	}

}
