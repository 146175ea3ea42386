package fr.coopex.ecosystems;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ecosystems.EcosystemGovernance.MeetingDraft;
import fr.coopex.ecosystems.GovernanceFixtures.Ecosystem;
import fr.coopex.ecosystems.GovernanceViews.Meeting;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings: called in the future at a place or an https link, invitations by e-mail with
 * an iCalendar attachment, answers counted per company, the feed, and the minutes (a PDF
 * checked by content).
 */
@IntegrationTest
class MeetingTests {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@Autowired
	GovernanceFixtures fixtures;

	@Autowired
	EcosystemGovernance governance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theInvitationIsAnICalendarRequestInUtcWithOrganizerAndAttendee() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(2);
		ZonedDateTime at = this.fixtures.tomorrow().withHour(14).withMinute(30);
		long id = this.governance.callMeeting(e.coordinator(), e.id(), new MeetingDraft("Préparer Hanovre",
				at.toLocalDate(), at.toLocalTime(), 90, "CCI de Lyon, salle 3", null, "1. Stand; 2. Budget, partage"));

		String folded = this.governance.invitation(e.id(), id, e.members().get(0).id()).orElseThrow();
		assertThat(folded.split("\r\n"))
			.allSatisfy((line) -> assertThat(line.getBytes("UTF-8").length).isLessThanOrEqualTo(75));
		// unfolded (RFC 5545, 3.1)
		String ics = folded.replace("\r\n ", "");
		assertThat(ics).contains("BEGIN:VCALENDAR\r\n", "METHOD:REQUEST\r\n", "UID:meeting-" + id + "@",
				"DTSTART:" + UTC.format(at.toInstant()) + "\r\n",
				"DTEND:" + UTC.format(at.toInstant().plus(Duration.ofMinutes(90))) + "\r\n",
				"SUMMARY:Préparer Hanovre\r\n", "LOCATION:CCI de Lyon\\, salle 3\r\n",
				"ORGANIZER;CN=\"Test COORDINATOR\":mailto:" + e.coordinator().email(),
				"mailto:" + e.members().get(0).email(), "PARTSTAT=NEEDS-ACTION", "END:VCALENDAR\r\n");
		assertThat(ics).contains("ATTENDEE;CN=");
		// the UID is the same in another person's invitation and in the feed
		assertThat(this.governance.invitation(e.id(), id, e.members().get(1).id()).orElseThrow())
			.contains("UID:meeting-" + id + "@");
		assertThat(this.governance.meetingFeed(e.members().get(1), e.id(), "Réunions"))
			.contains("UID:meeting-" + id + "@", "METHOD:PUBLISH");

		// each member person gets an e-mail with the invitation attached (the e-mail of
		// their accepted membership, sent in the background too, may come before or
		// after)
		String email = e.members().get(0).email();
		String link = "/ecosystems/" + e.id() + "/meetings/" + id;
		MimeMessage message = await().atMost(Duration.ofSeconds(30))
			.until(() -> TestMail.to(email).stream().filter((m) -> TestMail.body(m).contains(link)).findFirst(),
					Optional::isPresent)
			.orElseThrow();
		Part attachment = attachment((Multipart) message.getContent());
		assertThat(attachment.getContentType()).contains("text/calendar").contains("REQUEST");
		assertThat(new String(attachment.getInputStream().readAllBytes(), "UTF-8")).contains("METHOD:REQUEST");
	}

	@Test
	void answersAreCountedPerCompany() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(3);
		ZonedDateTime at = this.fixtures.tomorrow();
		long id = this.governance.callMeeting(e.coordinator(), e.id(), new MeetingDraft("Bilan", at.toLocalDate(),
				at.toLocalTime(), 60, null, "https://visio.example.fr/bilan", "Bilan du salon"));
		this.governance.answer(e.members().get(0), e.id(), id, MeetingAnswer.NO);
		this.governance.answer(e.members().get(0), e.id(), id, MeetingAnswer.YES);
		this.governance.answer(e.members().get(1), e.id(), id, MeetingAnswer.MAYBE);
		this.governance.answer(e.members().get(2), e.id(), id, MeetingAnswer.NO);
		Meeting meeting = this.governance.meeting(e.coordinator(), e.id(), id);
		assertThat(List.of(meeting.companiesYes(), meeting.companiesMaybe(), meeting.companiesNo())).containsExactly(1,
				1, 1);
		assertThat(meeting.answers()).hasSize(3);
	}

	@Test
	void aMeetingInThePastOrAtAPlainHttpLinkIsRefusedAndNothingIsKept() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		ZonedDateTime past = this.fixtures.tomorrow().minusDays(2);
		ZonedDateTime future = this.fixtures.tomorrow();
		assertThatThrownBy(() -> this.governance.callMeeting(e.coordinator(), e.id(),
				new MeetingDraft("Trop tard", past.toLocalDate(), past.toLocalTime(), 60, "Lyon", null, "Rien")))
			.hasMessage("ecosystems.meeting.in-the-past");
		assertThatThrownBy(() -> this.governance.callMeeting(e.coordinator(), e.id(), new MeetingDraft("Visio",
				future.toLocalDate(), future.toLocalTime(), 60, null, "http://visio.example.fr", "Rien")))
			.hasMessage("ecosystems.meeting.https");
		// through the page: the form again, the reason next to the day
		this.mvc
			.perform(post("/ecosystems/" + e.id() + "/meetings/new").with(csrf())
				.with(user(e.coordinator()))
				.param("title", "Trop tard")
				.param("day", past.toLocalDate().toString())
				.param("time", "10:00")
				.param("durationMinutes", "60")
				.param("place", "Lyon")
				.param("agenda", "Rien"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("La réunion doit avoir lieu dans le futur.")));
		assertThat(this.jdbc.queryForObject("select count(*) from ecosystem_meeting where ecosystem_id = ?",
				Integer.class, e.id()))
			.isZero();
	}

	@Test
	void minutesArePdfsCheckedByContentOnceTheMeetingHasBegun() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		ZonedDateTime at = this.fixtures.tomorrow();
		long id = this.governance.callMeeting(e.coordinator(), e.id(),
				new MeetingDraft("Bilan", at.toLocalDate(), at.toLocalTime(), 60, "Lyon", null, "Bilan"));
		assertThatThrownBy(() -> this.governance.keepMinutes(e.coordinator(), e.id(), id, "Trop tôt", null, null))
			.hasMessage("ecosystems.meeting.minutes-too-early");
		// the meeting has begun
		this.jdbc.update("update ecosystem_meeting set starts_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), id);
		String page = "/ecosystems/" + e.id() + "/meetings/" + id;
		this.mvc
			.perform(multipart(page + "/minutes")
				.file(new MockMultipartFile("file", "cr.pdf", "application/pdf", "pas un PDF".getBytes()))
				.with(csrf())
				.with(user(e.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("n’est pas un PDF lisible")));
		this.mvc
			.perform(
					multipart(page + "/minutes").file(new MockMultipartFile("file", "cr.pdf", "application/pdf", pdf()))
						.param("minutesText", "Décidé : stand commun.")
						.with(csrf())
						.with(user(e.coordinator())))
			.andExpect(status().is3xxRedirection());
		Meeting meeting = this.governance.meeting(e.members().get(0), e.id(), id);
		assertThat(meeting.minutesText()).isEqualTo("Décidé : stand commun.");
		assertThat(meeting.minutesFileName()).isEqualTo("cr.pdf");
		this.mvc.perform(get(page + "/minutes.pdf").with(user(e.members().get(0))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	static byte[] pdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Compte rendu"));
		document.close();
		return out.toByteArray();
	}

	private static Part attachment(Multipart multipart) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part;
			}
			if (part.getContent() instanceof Multipart nested) {
				Part found = attachment(nested);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
