package fr.coopex.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * Formats stored instants (UTC) in Paris time for templates:
 * {@code ${@dates.format(instant, #locale)}}.
 */
@Component("dates")
public class Dates {

	public String format(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ClockConfiguration.PARIS)
			.format(instant);
	}

}
