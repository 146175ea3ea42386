package fr.coopex.ecosystems;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemEvents.MeetingCalled;
import fr.coopex.ecosystems.EcosystemGovernance.MeetingDraft;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.files.PdfContent;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * Calling a meeting (in the future, somewhere or at an https video link), answering it,
 * and keeping its minutes once it has begun.
 */
@Service
class MeetingCommands {

	/** The largest minutes PDF kept. */
	static final int MAX_MINUTES_BYTES = 10 * 1024 * 1024;

	private final EcosystemGuards guards;

	private final Meetings meetings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingCommands(EcosystemGuards guards, Meetings meetings, ApplicationEventPublisher events, Clock clock) {
		this.guards = guards;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	long call(CoopexUser coordinator, long ecosystemId, MeetingDraft draft) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		Instant now = this.clock.instant();
		Instant startsAt = ZonedDateTime.of(draft.day(), draft.time(), ClockConfiguration.PARIS).toInstant();
		if (!startsAt.isAfter(now)) {
			throw new EcosystemException("day", "ecosystems.meeting.in-the-past");
		}
		String place = Text.clean(draft.place());
		String link = Text.clean(draft.videoLink());
		if (place == null && link == null) {
			throw new EcosystemException("place", "ecosystems.meeting.where");
		}
		if (link != null && !isHttps(link)) {
			throw new EcosystemException("videoLink", "ecosystems.meeting.https");
		}
		long id = this.meetings.insert(ecosystemId, draft.title().strip(), startsAt, draft.durationMinutes(), place,
				link, draft.agenda().strip(), coordinator.id(), now);
		this.events
			.publishEvent(new MeetingCalled(ecosystemId, ecosystem.getName(), id, draft.title().strip(), startsAt));
		return id;
	}

	/** A person of a member company answers for themself, until the meeting begins. */
	@Transactional
	void answer(CoopexUser member, long ecosystemId, long meetingId, MeetingAnswer answer) {
		this.guards.requireMemberCompany(member, ecosystemId);
		Meetings.Row meeting = this.meetings.find(ecosystemId, meetingId).orElseThrow(EcosystemNotFoundException::new);
		Instant now = this.clock.instant();
		if (!meeting.startsAt().isAfter(now)) {
			throw new EcosystemException(null, "ecosystems.meeting.answers-closed");
		}
		this.meetings.answer(meetingId, member.id(), member.organisationId(), answer, now);
	}

	/**
	 * A coordinator keeps the minutes once the meeting has begun: a text, a PDF (checked
	 * by its content, {@value #MAX_MINUTES_BYTES} bytes at most), or both.
	 */
	@Transactional
	void minutes(CoopexUser coordinator, long ecosystemId, long meetingId, String text, String fileName, byte[] pdf) {
		this.guards.coordinated(coordinator, ecosystemId);
		Meetings.Row meeting = this.meetings.find(ecosystemId, meetingId).orElseThrow(EcosystemNotFoundException::new);
		Instant now = this.clock.instant();
		if (meeting.startsAt().isAfter(now)) {
			throw new EcosystemException("minutesText", "ecosystems.meeting.minutes-too-early");
		}
		boolean hasFile = pdf != null && pdf.length > 0;
		String cleaned = Text.clean(text);
		if (cleaned == null && !hasFile) {
			throw new EcosystemException("minutesText", "ecosystems.meeting.minutes-empty");
		}
		if (hasFile && pdf.length > MAX_MINUTES_BYTES) {
			throw new EcosystemException("file", "ecosystems.meeting.minutes-too-large");
		}
		if (hasFile && !PdfContent.isPdf(pdf)) {
			throw new EcosystemException("file", "ecosystems.meeting.minutes-not-pdf");
		}
		if (cleaned != null) {
			this.meetings.minutesText(meetingId, cleaned, now);
		}
		if (hasFile) {
			String name = Text.clean(fileName);
			name = (name == null) ? "minutes.pdf" : Text.cut(name.replaceAll("[\\\\/]", "_"), 200);
			this.meetings.minutesFile(meetingId, name, pdf, coordinator.id(), now);
		}
	}

	static boolean isHttps(String link) {
		try {
			URI uri = new URI(link);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
