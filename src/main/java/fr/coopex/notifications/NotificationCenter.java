package fr.coopex.notifications;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountView;
import fr.coopex.shared.mail.MailGateway;

/**
 * In-app notifications, and the e-mail that goes with them.
 * <p>
 * A facade: it sends each person what they chose for the kind of a message, and hands
 * over to package-private parts (the dispatch by preference, the in-app inbox, the
 * e-mails, the typed arguments).
 */
@Service
public class NotificationCenter {

	/** The longest argument a notice keeps (eight of them fit the column). */
	static final int ARGUMENT_LENGTH = 1000;

	private final NotificationInbox inbox;

	private final NotificationMails mails;

	private final NotificationDispatch dispatch;

	private final Clock clock;

	NotificationCenter(NotificationInbox inbox, NotificationMails mails, NotificationDispatch dispatch, Clock clock) {
		this.inbox = inbox;
		this.mails = mails;
		this.dispatch = dispatch;
		this.clock = clock;
	}

	/** An amount argument, shown in euros as the reader's language writes it. */
	public static String amount(BigDecimal amount) {
		return NoticeArguments.amount(amount);
	}

	/** A date argument, shown in full as the reader's language writes it. */
	public static String date(LocalDate date) {
		return NoticeArguments.date(date);
	}

	/**
	 * A moment argument, its date and time in Paris as the reader's language writes them.
	 */
	public static String instant(Instant instant) {
		return NoticeArguments.instant(instant);
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
			return NoticeArguments.shown(this.arguments, locale);
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
		this.dispatch.send(people, messageKey, given, link, attachments);
	}

	/**
	 * Sends one e-mail of a kind (best effort: a failure is logged). One that is not
	 * essential ends with its unsubscribe link and carries the {@code List-Unsubscribe}
	 * and {@code List-Unsubscribe-Post} headers (RFC 2369, RFC 8058).
	 */
	public void mail(AccountView person, NotificationKind kind, String subject, String body) {
		this.mails.send(person, kind, subject, body, null, List.of(Locale.FRENCH, Locale.ENGLISH));
	}

	/** As {@link #mail(AccountView, NotificationKind, String, String)}, with a file. */
	public void mail(AccountView person, NotificationKind kind, String subject, String body,
			MailGateway.Attachment attachment) {
		this.mails.send(person, kind, subject, body, attachment, List.of(Locale.FRENCH, Locale.ENGLISH));
	}

	/**
	 * As {@link #mail(AccountView, NotificationKind, String, String)}, for a subject and
	 * body written in {@code language}: the unsubscribe line is in it too.
	 */
	public void mail(AccountView person, NotificationKind kind, String subject, String body, Locale language) {
		this.mails.send(person, kind, subject, body, null, List.of(language));
	}

	/** How many notifications the person has not read (shown in every page's header). */
	public int unread(long userId) {
		return this.inbox.unread(userId);
	}

	@Transactional(readOnly = true)
	public List<Notification> latest(long userId, int limit) {
		return this.inbox.latest(userId, limit);
	}

	@Transactional
	public void markAllRead(long userId) {
		this.inbox.markAllRead(userId, this.clock.instant());
	}

}
