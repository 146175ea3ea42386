package fr.coopex.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.money.MoneyFormat;

/**
 * The arguments of a notice as stored, and as a reader is shown them: an amount, a date
 * or a moment is stored marked with its type, so that each reader sees it written in
 * their own language (and a moment also in their time zone, in an e-mail).
 */
final class NoticeArguments {

	/** Marks an argument to be shown in the reader's language (an amount, a date). */
	private static final char TYPED = '\u0002';

	private NoticeArguments() {
	}

	static String amount(BigDecimal amount) {
		return TYPED + "A" + amount.toPlainString();
	}

	static String date(LocalDate date) {
		return TYPED + "D" + date;
	}

	static String instant(Instant instant) {
		return TYPED + "T" + instant;
	}

	/** The arguments of a message in this language: amounts and dates written in it. */
	static Object[] shown(List<String> arguments, Locale locale) {
		Object[] shown = new Object[arguments.size()];
		for (int i = 0; i < shown.length; i++) {
			String argument = arguments.get(i);
			if (isTyped(argument)) {
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

	/**
	 * The arguments for a reader who chose a time zone (null for none): each moment in
	 * Paris time, then in that zone, named, when it is another than Paris.
	 */
	static Object[] shown(List<String> arguments, Locale locale, ZoneId zone, MessageSource messages) {
		Object[] shown = shown(arguments, locale);
		if (zone != null && !zone.equals(ClockConfiguration.PARIS)) {
			for (int i = 0; i < shown.length; i++) {
				String argument = arguments.get(i);
				if (isTyped(argument) && argument.charAt(1) == 'T') {
					String there = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(zone)
						.format(Instant.parse(argument.substring(2)));
					shown[i] = messages.getMessage("dates.paris-and-zone",
							new Object[] { shown[i], there, zone.getId() }, locale);
				}
			}
		}
		return shown;
	}

	private static boolean isTyped(String argument) {
		return argument != null && argument.length() > 2 && argument.charAt(0) == TYPED;
	}

}
