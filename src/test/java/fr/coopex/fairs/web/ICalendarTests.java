package fr.coopex.fairs.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar writer against RFC 5545: checked line by line, then read back by an
 * independent parser (iCal4j).
 */
class ICalendarTests {

	private static final String TRICKY = "Salon « Été », Hall 3; stand \\ 12\nDeuxième ligne";

	private static final String LONG = "Présentation très détaillée : ".repeat(12) + "fin.";

	@Test
	void writesAllDayEventsWithAnExclusiveEndDate() throws Exception {
		String ics = ICalendar.write("Salons", List.of(event("fair-1@coopex.fr", "Hannover Messe", null)));
		assertThat(ics).contains("\r\nDTSTART;VALUE=DATE:20270412\r\n").contains("\r\nDTEND;VALUE=DATE:20270417\r\n");
		VEvent event = parse(ics).get(0);
		assertThat(event.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2027, 4, 12));
		assertThat(event.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2027, 4, 17));
		assertThat(value(event, Property.UID)).isEqualTo("fair-1@coopex.fr");
		assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261102T093000Z");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
	}

	@Test
	void escapesCommasSemicolonsBackslashesAndLineBreaks() throws Exception {
		String ics = ICalendar.write("Salons", List.of(event("fair-2@coopex.fr", TRICKY, TRICKY)));
		assertThat(unfold(ics)).contains("SUMMARY:Salon « Été »\\, Hall 3\\; stand \\\\ 12\\nDeuxième ligne\r\n");
		VEvent event = parse(ics).get(0);
		assertThat(value(event, Property.SUMMARY)).isEqualTo(TRICKY);
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo(TRICKY);
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() throws Exception {
		String ics = ICalendar.write("Salons", List.of(event("fair-3@coopex.fr", "Motek", LONG)));
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		// every line ends with CRLF: no bare CR or LF
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		String[] lines = ics.split("\r\n");
		assertThat(lines.length).isGreaterThan(12);
		for (String line : lines) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			// a folded line never ends inside a character: each physical line is valid
			// UTF-8 on
			// its own, so re-encoding gives back the same text
			assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
		}
		assertThat(List.of(lines)).anySatisfy((line) -> assertThat(line).startsWith(" "));
		assertThat(value(parse(ics).get(0), Property.DESCRIPTION)).isEqualTo(LONG);
	}

	@Test
	void dropsControlCharactersThatTextMayNotHold() throws Exception {
		String ics = ICalendar.write("Salons", List.of(event("fair-4@coopex.fr", "Salon\u0007 propre\u0000", null)));
		assertThat(value(parse(ics).get(0), Property.SUMMARY)).isEqualTo("Salon propre");
	}

	@Test
	void holdsOneEventPerFairInOrder() throws Exception {
		String ics = ICalendar.write("Salons", List.of(event("fair-5@coopex.fr", "A", null),
				event("fair-6@coopex.fr", "B", null), event("fair-7@coopex.fr", "C", null)));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
		assertThat(parse(ics)).extracting((e) -> value(e, Property.SUMMARY)).containsExactly("A", "B", "C");
	}

	private static ICalendar.Event event(String uid, String summary, String description) {
		return new ICalendar.Event(uid, Instant.parse("2026-11-02T09:30:00.123Z"), 3, LocalDate.of(2027, 4, 12),
				LocalDate.of(2027, 4, 16), summary, "Messegelände, Hanovre, Allemagne", description,
				"https://coopex.fr/fairs/1");
	}

	static List<VEvent> parse(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	private static String unfold(String ics) {
		return ics.replace("\r\n ", "");
	}

}
