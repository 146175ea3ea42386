package fr.coopex.notifications;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountView;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;

/**
 * Sends the e-mails of notifications, best effort (a failure is logged). One that is not
 * essential ends with its unsubscribe link, in each of its languages, and carries the
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers (RFC 2369, RFC
 * 8058).
 */
@Component
class NotificationMails {

	private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);

	private final MailGateway mail;

	private final MessageSource messages;

	private final CoopexProperties properties;

	private final NotificationPreferences preferences;

	NotificationMails(MailGateway mail, MessageSource messages, CoopexProperties properties,
			NotificationPreferences preferences) {
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.preferences = preferences;
	}

	/**
	 * Sends the e-mail of a notice in the recipient's language, its moments in Paris time
	 * and then in the time zone they chose (null for none), with the link to its page.
	 */
	void notice(AccountView person, NotificationKind kind, String messageKey, List<String> arguments, String link,
			Locale language, ZoneId zone, MailGateway.Attachment attachment) {
		send(person, kind, text("notifications.mail.subject", List.of(), language, null),
				text(messageKey, arguments, language, zone) + "\n" + this.properties.baseUrl() + link, attachment,
				List.of(language));
	}

	private String text(String key, List<String> arguments, Locale locale, ZoneId zone) {
		return this.messages.getMessage(key, NoticeArguments.shown(arguments, locale, zone, this.messages), key,
				locale);
	}

	/**
	 * Sends one e-mail whose subject and body are in {@code languages}, the unsubscribe
	 * line in each of them too.
	 */
	void send(AccountView person, NotificationKind kind, String subject, String body, MailGateway.Attachment attachment,
			List<Locale> languages) {
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

}
