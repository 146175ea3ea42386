package fr.coopex.aids;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.aids.AidFollowing.Digest;
import fr.coopex.shared.config.CoopexProperties;

/**
 * The text of the weekly digest ({@link AidFollowing}): the new aids that fit, the
 * deadlines of followed aids, each with its link, and the one-click unsubscribe link.
 */
@Component
class DigestMail {

	private final MessageSource messages;

	private final CoopexProperties properties;

	DigestMail(MessageSource messages, CoopexProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	String subject(Locale locale) {
		return text("aids.digest.subject", locale);
	}

	String body(Digest digest, String unsubscribeToken, Locale locale) {
		String base = this.properties.baseUrl();
		StringBuilder body = new StringBuilder(text("aids.digest.greeting", locale)).append("\n\n");
		if (!digest.newAids().isEmpty()) {
			body.append(text("aids.digest.new", locale)).append('\n');
			for (AidView aid : digest.newAids()) {
				line(body, aid.data().name(), aid);
			}
			body.append('\n');
		}
		if (!digest.deadlines().isEmpty()) {
			body.append(text("aids.digest.deadlines", locale, AidFollowing.DEADLINE_DAYS)).append('\n');
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
			for (AidView aid : digest.deadlines()) {
				line(body, text("aids.digest.deadline-line", locale, aid.data().name(),
						dates.format(aid.data().closesOn())), aid);
			}
			body.append('\n');
		}
		body.append(text("aids.digest.unsubscribe", locale))
			.append('\n')
			.append(base)
			.append("/aids/alerts/unsubscribe?token=")
			.append(unsubscribeToken)
			.append('\n');
		return body.toString();
	}

	/** One aid of the digest: what is said of it, then its page. */
	private void line(StringBuilder body, String said, AidView aid) {
		body.append("- ")
			.append(said)
			.append(" — ")
			.append(this.properties.baseUrl())
			.append("/aids/")
			.append(aid.id())
			.append('\n');
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
