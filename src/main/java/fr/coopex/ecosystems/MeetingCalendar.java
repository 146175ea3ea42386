package fr.coopex.ecosystems;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.coopex.shared.calendar.ICalendarLines;
import fr.coopex.shared.config.CoopexProperties;

/**
 * Meetings as iCalendar (RFC 5545): the invitation sent to one person (METHOD:REQUEST,
 * with its ORGANIZER and ATTENDEE) and the feed of an ecosystem's meetings
 * (METHOD:PUBLISH). Each meeting keeps one UID, so that a calendar updates rather than
 * duplicates it; DTSTART and DTEND are in UTC.
 */
@Component
class MeetingCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final String baseUrl;

	private final String uidDomain;

	MeetingCalendar(CoopexProperties properties) {
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		String host = URI.create(this.baseUrl).getHost();
		this.uidDomain = (host == null) ? "coopex" : host;
	}

	/** Who sends the invitation and who receives it. */
	record Person(String name, String email) {
	}

	String uid(long meetingId) {
		return "meeting-" + meetingId + "@" + this.uidDomain;
	}

	String link(Meetings.Row meeting) {
		return this.baseUrl + "/ecosystems/" + meeting.ecosystemId() + "/meetings/" + meeting.id();
	}

	/** The invitation of one attendee. */
	String invitation(Meetings.Row meeting, Person organizer, Person attendee) {
		ICalendarLines out = start("REQUEST", null);
		event(out, meeting, organizer, attendee);
		return out.line("END:VCALENDAR").toString();
	}

	/** Every meeting of an ecosystem, for calendar programs. */
	String feed(String calendarName, List<Meetings.Row> meetings) {
		ICalendarLines out = start("PUBLISH", calendarName);
		meetings.forEach((meeting) -> event(out, meeting, null, null));
		return out.line("END:VCALENDAR").toString();
	}

	private static ICalendarLines start(String method, String name) {
		ICalendarLines out = new ICalendarLines().line("BEGIN:VCALENDAR")
			.line("VERSION:2.0")
			.line("PRODID:-//Coopex//Reunions//FR")
			.line("CALSCALE:GREGORIAN")
			.line("METHOD:" + method);
		if (name != null) {
			out.line("X-WR-CALNAME:" + ICalendarLines.text(name));
		}
		return out;
	}

	private void event(ICalendarLines out, Meetings.Row meeting, Person organizer, Person attendee) {
		out.line("BEGIN:VEVENT")
			.line("UID:" + uid(meeting.id()))
			.line("DTSTAMP:" + utc(meeting.createdAt()))
			.line("SEQUENCE:0")
			.line("DTSTART:" + utc(meeting.startsAt()))
			.line("DTEND:" + utc(meeting.endsAt()))
			.line("SUMMARY:" + ICalendarLines.text(meeting.title()));
		String where = (meeting.place() != null) ? meeting.place() : meeting.videoLink();
		out.line("LOCATION:" + ICalendarLines.text(where));
		String description = meeting.agenda() + ((meeting.videoLink() != null) ? "\n\n" + meeting.videoLink() : "")
				+ "\n\n" + link(meeting);
		out.line("DESCRIPTION:" + ICalendarLines.text(description)).line("URL:" + link(meeting));
		if (organizer != null) {
			out.line("ORGANIZER;CN=" + ICalendarLines.parameter(organizer.name()) + ":mailto:" + organizer.email());
		}
		if (attendee != null) {
			out.line("ATTENDEE;CN=" + ICalendarLines.parameter(attendee.name())
					+ ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
					+ attendee.email());
		}
		out.line("STATUS:CONFIRMED").line("END:VEVENT");
	}

	private static String utc(Instant instant) {
		return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
