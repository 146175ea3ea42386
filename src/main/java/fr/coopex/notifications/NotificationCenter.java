package fr.coopex.notifications;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.notifications.NotificationKind.Channel;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.money.MoneyFormat;
import fr.coopex.shared.web.Text;

/**
 * In-app notifications, and the e-mail that goes with them.
 */
@Service
public class NotificationCenter {

	private static final Logger log = LoggerFactory.getLogger(NotificationCenter.class);

	private static final String SEPARATOR = "\u001f";

	private final JdbcTemplate jdbc;

	private final MailGateway mail;

	private final MessageSource messages;

	private final CoopexProperties properties;

	private final Clock clock;

	private final AccountManagement accounts;

	/**
	 * Unread counts, read on every page: cached a few seconds
	 * ({@value CacheConfiguration#UNREAD_NOTIFICATIONS}), evicted now and once the change
	 * commits when this instance notifies the person or marks their notifications read,
	 * so only a change made through another instance shows late, and by the cache's
	 * expiry at most.
	 */
	private final Cache unread;

	private final NotificationPreferences preferences;

	NotificationCenter(JdbcTemplate jdbc, MailGateway mail, MessageSource messages, CoopexProperties properties,
			Clock clock, CacheManager caches, NotificationPreferences preferences, AccountManagement accounts) {
		this.preferences = preferences;
		this.accounts = accounts;
		this.unread = caches.getCache(CacheConfiguration.UNREAD_NOTIFICATIONS);
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** The longest argument a notice keeps (eight of them fit the column). */
	static final int ARGUMENT_LENGTH = 1000;

	/** Marks an argument to be shown in the reader's language (an amount, a date). */
	private static final char TYPED = '\u0002';

	/** An amount argument, shown in euros as the reader's language writes it. */
	public static String amount(BigDecimal amount) {
		return TYPED + "A" + amount.toPlainString();
	}

	/** A date argument, shown in full as the reader's language writes it. */
	public static String date(LocalDate date) {
		return TYPED + "D" + date;
	}

	/**
	 * A moment argument, its date and time in Paris as the reader's language writes them.
	 */
	public static String instant(Instant instant) {
		return TYPED + "T" + instant;
	}

	/** The arguments of a message in this language: amounts and dates written in it. */
	static Object[] shown(List<String> arguments, Locale locale) {
		Object[] shown = new Object[arguments.size()];
		for (int i = 0; i < shown.length; i++) {
			String argument = arguments.get(i);
			if (argument != null && argument.length() > 2 && argument.charAt(0) == TYPED) {
				String value = argument.substring(2);
				shown[i] = switch (argument.charAt(1)) {
					case 'A' -> MoneyFormat.euros(new BigDecimal(value), locale);
					case 'D' -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(locale)
						.format(LocalDate.parse(value));
					case 'T' -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(ClockConfiguration.PARIS)
						.format(Instant.parse(value));
					default -> value;
				};
			}
			else {
				shown[i] = argument;
			}
		}
		return shown;
	}

	/** One notification as a person reads it. */
	public record Notification(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
			boolean read) {

		/** The arguments, amounts and dates written in French. */
		public Object[] args() {
			return args(Locale.FRENCH);
		}

		/** The arguments, amounts and dates written in the reader's language. */
		public Object[] args(Locale locale) {
			return shown(this.arguments, locale);
		}

	}

	/**
	 * Notifies people in the app and by e-mail (in French, the default language, with the
	 * English text below), each as they chose for the kind of the message
	 * ({@link NotificationPreferences}). An e-mail that is not about money owed or
	 * security carries an unsubscribe link and the {@code List-Unsubscribe} headers.
	 */
	@Transactional
	public void notify(List<AccountView> people, String messageKey, List<String> given, String link) {
		notify(people, messageKey, given, link, (person) -> null);
	}

	/**
	 * Notifies people as {@link #notify(List, String, List, String)} does, each e-mail
	 * carrying the file {@code attachments} gives for its recipient (none for null).
	 */
	@Transactional
	public void notify(List<AccountView> people, String messageKey, List<String> given, String link,
			Function<AccountView, MailGateway.Attachment> attachments) {
		Instant now = this.clock.instant();
		// a text an argument quotes (a reason, a title) is cut to what a notice shows, so
		// that the stored arguments always fit their column
		List<String> arguments = given.stream().map((argument) -> Text.cut(argument, ARGUMENT_LENGTH)).toList();
		NotificationKind kind = NotificationKind.of(messageKey);
		List<Long> ids = people.stream().map(AccountView::id).toList();
		Map<Long, Channel> channels = this.preferences.channels(ids, kind);
		// each e-mail in the language its recipient uses the platform in, its times also
		// in the time zone they chose
		Map<Long, Locale> languages = this.accounts.languages(ids);
		Map<Long, ZoneId> zones = this.accounts.timeZones(ids);
		for (AccountView person : people) {
			Channel channel = channels.getOrDefault(person.id(), Channel.BOTH);
			if (channel.inApp() || kind.essential()) {
				this.jdbc.update(
						"insert into notification (user_id, message_key, arguments, link, created_at) values (?, ?, ?, ?, ?)",
						person.id(), messageKey, String.join(SEPARATOR, arguments), link, Timestamp.from(now));
				forgetUnreadAfterCommit(person.id());
			}
			if (channel.email() || kind.essential()) {
				Locale language = languages.getOrDefault(person.id(), Locale.FRENCH);
				mail(person, kind, text("notifications.mail.subject", List.of(), language),
						text(messageKey, arguments, language, zones.get(person.id())) + "\n" + this.properties.baseUrl()
								+ link,
						attachments.apply(person), List.of(language));
			}
		}
	}

	/**
	 * Sends one e-mail of a kind (best effort: a failure is logged). One that is not
	 * essential ends with its unsubscribe link and carries the {@code List-Unsubscribe}
	 * and {@code List-Unsubscribe-Post} headers (RFC 2369, RFC 8058).
	 */
	public void mail(AccountView person, NotificationKind kind, String subject, String body) {
		mail(person, kind, subject, body, (MailGateway.Attachment) null);
	}

	/** As {@link #mail(AccountView, NotificationKind, String, String)}, with a file. */
	public void mail(AccountView person, NotificationKind kind, String subject, String body,
			MailGateway.Attachment attachment) {
		mail(person, kind, subject, body, attachment, List.of(Locale.FRENCH, Locale.ENGLISH));
	}

	/**
	 * As {@link #mail(AccountView, NotificationKind, String, String)}, for a subject and
	 * body written in {@code language}: the unsubscribe line is in it too.
	 */
	public void mail(AccountView person, NotificationKind kind, String subject, String body, Locale language) {
		mail(person, kind, subject, body, null, List.of(language));
	}

	/**
	 * Sends one e-mail whose subject and body are in {@code languages}, the unsubscribe
	 * line in each of them too.
	 */
	private void mail(AccountView person, NotificationKind kind, String subject, String body,
			MailGateway.Attachment attachment, List<Locale> languages) {
		try {
			if (kind.essential()) {
				this.mail.send(person.email(), subject, body, attachment);
				return;
			}
			String token = this.preferences.token(person.id(), kind);
			String page = this.properties.baseUrl() + "/unsubscribe/" + token;
			StringBuilder footer = new StringBuilder();
			for (Locale language : languages) {
				footer.append("\n")
					.append(this.messages.getMessage("notifications.mail.unsubscribe", new Object[] { page },
							language));
			}
			this.mail.send(person.email(), subject, body + "\n" + footer, attachment, Map.of("List-Unsubscribe",
					"<" + page + "/one-click>", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
		}
		catch (MailGateway.MailDeliveryException ex) {
			// the in-app notification stays; e-mail is best effort
			log.warn("Notification e-mail to {} not sent: {}", person.email(), ex.getMessage());
		}
	}

	/** How many notifications the person has not read (shown in every page's header). */
	@Cacheable(cacheNames = CacheConfiguration.UNREAD_NOTIFICATIONS, key = "#userId", sync = true)
	public int unread(long userId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and read_at is null", Integer.class, userId);
		return (count == null) ? 0 : count;
	}

	private void forgetUnreadAfterCommit(long userId) {
		this.unread.evict(userId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					NotificationCenter.this.unread.evict(userId);
				}
			});
		}
	}

	@Transactional(readOnly = true)
	public List<Notification> latest(long userId, int limit) {
		return this.jdbc.query(
				"select id, message_key, arguments, link, created_at, read_at from notification where user_id = ? "
						+ "order by created_at desc, id desc limit " + Math.max(1, Math.min(limit, 200)),
				(rs, i) -> new Notification(rs.getLong(1), rs.getString(2),
						rs.getString(3) == null || rs.getString(3).isEmpty() ? List.of()
								: List.of(rs.getString(3).split(SEPARATOR, -1)),
						rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null),
				userId);
	}

	@Transactional
	public void markAllRead(long userId) {
		this.jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), userId);
		forgetUnreadAfterCommit(userId);
	}

	private String text(String key, List<String> arguments, Locale locale) {
		return this.messages.getMessage(key, shown(arguments, locale), key, locale);
	}

	/**
	 * The message for a reader who chose a time zone (null for none): each moment in
	 * Paris time, then in that zone, named, when it is another than Paris.
	 */
	private String text(String key, List<String> arguments, Locale locale, ZoneId zone) {
		Object[] shown = shown(arguments, locale);
		if (zone != null && !zone.equals(ClockConfiguration.PARIS)) {
			for (int i = 0; i < shown.length; i++) {
				String argument = arguments.get(i);
				if (argument != null && argument.length() > 2 && argument.charAt(0) == TYPED
						&& argument.charAt(1) == 'T') {
					String there = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(zone)
						.format(Instant.parse(argument.substring(2)));
					shown[i] = this.messages.getMessage("dates.paris-and-zone",
							new Object[] { shown[i], there, zone.getId() }, locale);
				}
			}
		}
		return this.messages.getMessage(key, shown, key, locale);
	}

}
