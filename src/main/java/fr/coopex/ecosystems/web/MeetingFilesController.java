package fr.coopex.ecosystems.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.coopex.ecosystems.EcosystemGovernance;
import fr.coopex.ecosystems.EcosystemGovernance.MinutesFile;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.security.CoopexUser;

/**
 * An ecosystem's meeting files for its insiders: a meeting's minutes PDF and the calendar
 * feed.
 */
@Controller
@RequestMapping("/ecosystems/{id:[0-9]+}")
class MeetingFilesController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final EcosystemManagement ecosystems;

	private final EcosystemGovernance governance;

	private final MessageSource messages;

	MeetingFilesController(EcosystemManagement ecosystems, EcosystemGovernance governance, MessageSource messages) {
		this.ecosystems = ecosystems;
		this.governance = governance;
		this.messages = messages;
	}

	@GetMapping("/meetings/{meeting:[0-9]+}/minutes.pdf")
	ResponseEntity<byte[]> minutesFile(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable long meeting) {
		MinutesFile file = this.governance.minutesFile(user, id, meeting);
		return Actions.pdf(file.fileName(), file.content());
	}

	/**
	 * The ecosystem's meetings as an iCalendar feed, for its members and coordinators.
	 */
	@GetMapping("/meetings.ics")
	ResponseEntity<String> feed(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Locale locale) {
		String name = this.messages.getMessage("ecosystems.meetings.calendar-name",
				new Object[] { this.ecosystems.summary(id).name() }, locale);
		String ics = this.governance.meetingFeed(user, id, name);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("meetings-" + id + ".ics").build().toString())
			.body(ics);
	}

}
