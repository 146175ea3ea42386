package fr.coopex.ecosystems;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemGovernance.MinutesFile;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.security.CoopexUser;

/**
 * Writes an ecosystem's meeting files: a meeting's minutes PDF, the calendar feed and
 * invitations.
 */
@Component
class MeetingFiles {

	private final EcosystemGuards guards;

	private final Meetings meetings;

	private final MeetingCalendar calendar;

	private final AccountManagement accounts;

	MeetingFiles(EcosystemGuards guards, Meetings meetings, MeetingCalendar calendar, AccountManagement accounts) {
		this.guards = guards;
		this.meetings = meetings;
		this.calendar = calendar;
		this.accounts = accounts;
	}

	MinutesFile minutesFile(CoopexUser viewer, long ecosystemId, long meetingId) {
		this.guards.requireInsider(viewer, ecosystemId);
		Meetings.Row meeting = this.meetings.find(ecosystemId, meetingId).orElseThrow(EcosystemNotFoundException::new);
		byte[] content = this.meetings.minutesContent(meetingId).orElseThrow(EcosystemNotFoundException::new);
		return new MinutesFile(meeting.minutesFile(), content);
	}

	String feed(CoopexUser viewer, long ecosystemId, String calendarName) {
		this.guards.requireInsider(viewer, ecosystemId);
		return this.calendar.feed(calendarName, this.meetings.of(ecosystemId, 500));
	}

	Optional<String> invitation(long ecosystemId, long meetingId, long attendeeId) {
		Optional<Meetings.Row> meeting = this.meetings.find(ecosystemId, meetingId);
		Optional<AccountView> attendee = this.accounts.find(attendeeId);
		if (meeting.isEmpty() || attendee.isEmpty()) {
			return Optional.empty();
		}
		AccountView organizer = this.accounts.find(meeting.get().createdBy()).orElse(attendee.get());
		return Optional.of(this.calendar.invitation(meeting.get(),
				new MeetingCalendar.Person(organizer.displayName(), organizer.email()),
				new MeetingCalendar.Person(attendee.get().displayName(), attendee.get().email())));
	}

}
