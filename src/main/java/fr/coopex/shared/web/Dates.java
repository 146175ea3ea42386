package fr.coopex.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * Formats stored instants (UTC) in Paris time for templates:
 * {@code ${@dates.format(instant, #locale)}}; and, for a person who chose another time
 * zone, in that zone beside Paris time: {@code ${@dates.withZone(instant, viewerZone,
 * #locale)}}.
 */
@Component("dates")
public class Dates {

	private final MessageSource messages;

	public Dates(MessageSource messages) {
		this.messages = messages;
	}

	public String format(Instant instant, Locale locale) {
		return format(instant, ClockConfiguration.PARIS, locale);
	}

	/** The date and time of the instant in that zone (Paris when none). */
	public String format(Instant instant, ZoneId zone, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone((zone != null) ? zone : ClockConfiguration.PARIS)
			.format(instant);
	}

	/**
	 * Whether times are to be shown in this zone too: a zone chosen, other than Paris.
	 */
	public boolean elsewhere(ZoneId zone) {
		return zone != null && !zone.equals(ClockConfiguration.PARIS);
	}

	/**
	 * The instant in Paris time, as {@link #format(Instant, Locale)}; when the zone is
	 * {@link #elsewhere(ZoneId) elsewhere}, followed by the time in that zone, named (its
	 * date too when it is another day than in Paris), as the message
	 * {@code dates.paris-and-zone} writes them.
	 */
	public String withZone(Instant instant, ZoneId zone, Locale locale) {
		String paris = format(instant, locale);
		if (instant == null || !elsewhere(zone)) {
			return paris;
		}
		boolean sameDay = LocalDate.ofInstant(instant, zone)
			.equals(LocalDate.ofInstant(instant, ClockConfiguration.PARIS));
		String there = sameDay ? DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(zone)
			.format(instant) : format(instant, zone, locale);
		return this.messages.getMessage("dates.paris-and-zone", new Object[] { paris, there, zone.getId() }, locale);
	}

}
