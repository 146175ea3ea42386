package fr.coopex.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.notifications.NotificationKind.Channel;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.web.Text;

/**
 * Sends a notice to each person as they chose for its kind: in the app, by e-mail in
 * their language and time zone, or both.
 */
@Component
class NotificationDispatch {

	private final NotificationInbox inbox;

	private final NotificationMails mails;

	private final Clock clock;

	private final AccountManagement accounts;

	private final NotificationPreferences preferences;

	NotificationDispatch(NotificationInbox inbox, NotificationMails mails, Clock clock,
			NotificationPreferences preferences, AccountManagement accounts) {
		this.inbox = inbox;
		this.mails = mails;
		this.clock = clock;
		this.preferences = preferences;
		this.accounts = accounts;
	}

	/** See {@link NotificationCenter#notify(List, String, List, String, Function)}. */
	void send(List<AccountView> people, String messageKey, List<String> given, String link,
			Function<AccountView, MailGateway.Attachment> attachments) {
		Instant now = this.clock.instant();
		// a text an argument quotes (a reason, a title) is cut to what a notice shows, so
		// that the stored arguments always fit their column
		List<String> arguments = given.stream()
			.map((argument) -> Text.cut(argument, NotificationCenter.ARGUMENT_LENGTH))
			.toList();
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
				this.inbox.add(person.id(), messageKey, arguments, link, now);
			}
			if (channel.email() || kind.essential()) {
				Locale language = languages.getOrDefault(person.id(), Locale.FRENCH);
				this.mails.notice(person, kind, messageKey, arguments, link, language, zones.get(person.id()),
						attachments.apply(person));
			}
		}
	}

}
