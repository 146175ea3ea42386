package fr.coopex.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.ledger.OverdueLine;
import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.shared.money.MoneyFormat;

/** Writes the subject and the text of a person's weekly digest in their language. */
@Component
class DigestText {

	private final MessageSource messages;

	DigestText(MessageSource messages) {
		this.messages = messages;
	}

	String subject(Locale locale) {
		return text("notifications.digest.subject", locale);
	}

	/** What they were told in the week and the cash calls their company owes. */
	String body(List<EcosystemSummary> ecosystems, List<Notification> told, List<OverdueLine> due, Locale locale) {
		StringBuilder body = new StringBuilder(text("notifications.digest.intro", locale,
				String.join(", ", ecosystems.stream().map(EcosystemSummary::name).toList())));
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		if (!told.isEmpty()) {
			body.append("\n\n").append(text("notifications.digest.changed", locale));
			told.forEach((n) -> body.append("\n- ")
				.append(this.messages.getMessage(n.messageKey(), n.args(locale), n.messageKey(), locale)));
		}
		if (!due.isEmpty()) {
			body.append("\n\n").append(text("notifications.digest.due", locale));
			due.forEach((l) -> body.append("\n- ")
				.append(text(l.late() ? "notifications.digest.due.late" : "notifications.digest.due.line", locale,
						l.label(), l.poolTitle(), MoneyFormat.euros(l.outstanding(), locale),
						dates.format(l.dueOn()))));
		}
		return body.toString();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
