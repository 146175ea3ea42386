package fr.coopex.fairs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.coopex.shared.calendar.ICalendarLines;

/**
 * Writes fairs as an iCalendar file (RFC 5545) that calendar programs import: one all-day
 * VEVENT per fair (DTEND is the day after the last day, as the RFC says), a UID that
 * stays the same for a fair across exports and edits (so that importing again updates
 * rather than duplicates), DTSTAMP and SEQUENCE from its last edit, TEXT values escaped,
 * lines folded at 75 octets without splitting a UTF-8 character, CRLF line endings.
 */
final class ICalendar {

	/** The longest line the RFC allows, in octets, without its CRLF. */
	static final int MAX_LINE_OCTETS = ICalendarLines.MAX_LINE_OCTETS;

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final ICalendarLines out = new ICalendarLines();

	/** One event of the calendar. */
	record Event(String uid, Instant lastModified, long sequence, LocalDate firstDay, LocalDate lastDay, String summary,
			String location, String description, String url, boolean tentative) {

		Event(String uid, Instant lastModified, long sequence, LocalDate firstDay, LocalDate lastDay, String summary,
				String location, String description, String url) {
			this(uid, lastModified, sequence, firstDay, lastDay, summary, location, description, url, false);
		}

	}

	private ICalendar() {
	}

	/** The whole calendar, named {@code name}, with its events in the given order. */
	static String write(String name, List<Event> events) {
		ICalendar calendar = new ICalendar();
		calendar.line("BEGIN:VCALENDAR");
		calendar.line("VERSION:2.0");
		calendar.line("PRODID:-//Coopex//Salons professionnels//FR");
		calendar.line("CALSCALE:GREGORIAN");
		calendar.line("X-WR-CALNAME:" + text(name));
		for (Event event : events) {
			calendar.event(event);
		}
		calendar.line("END:VCALENDAR");
		return calendar.out.toString();
	}

	private void event(Event event) {
		line("BEGIN:VEVENT");
		line("UID:" + text(event.uid()));
		line("DTSTAMP:" + UTC.format(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
		line("LAST-MODIFIED:" + UTC.format(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
		line("SEQUENCE:" + event.sequence());
		line("DTSTART;VALUE=DATE:" + DATE.format(event.firstDay()));
		// DTEND is exclusive: an event of the 12th to the 16th ends on the 17th
		line("DTEND;VALUE=DATE:" + DATE.format(event.lastDay().plusDays(1)));
		line("SUMMARY:" + text(event.summary()));
		// dates the organiser has not confirmed yet (RFC 5545, 3.8.1.11)
		line("STATUS:" + (event.tentative() ? "TENTATIVE" : "CONFIRMED"));
		if (event.location() != null && !event.location().isBlank()) {
			line("LOCATION:" + text(event.location()));
		}
		if (event.description() != null && !event.description().isBlank()) {
			line("DESCRIPTION:" + text(event.description()));
		}
		if (event.url() != null) {
			line("URL:" + event.url());
		}
		line("TRANSP:TRANSPARENT");
		line("END:VEVENT");
	}

	/** A TEXT value, escaped ({@link ICalendarLines#text}). */
	static String text(String value) {
		return ICalendarLines.text(value);
	}

	private void line(String content) {
		this.out.line(content);
	}

}
