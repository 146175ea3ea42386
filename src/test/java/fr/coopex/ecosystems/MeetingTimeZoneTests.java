package fr.coopex.ecosystems;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.accounts.PersonalAccount;
import fr.coopex.ecosystems.EcosystemGovernance.MeetingDraft;
import fr.coopex.ecosystems.GovernanceFixtures.Ecosystem;
import fr.coopex.notifications.NotificationCenter;
import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A meeting is called in Paris time; a person who chose another time zone reads it in
 * theirs, named, with Paris time beside it; everyone else reads Paris time only, as
 * before; the calendar files keep their times in UTC.
 */
@IntegrationTest
class MeetingTimeZoneTests {

	private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter
		.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
		.withLocale(Locale.FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
		.withLocale(Locale.FRENCH);

	@Autowired
	GovernanceFixtures fixtures;

	@Autowired
	EcosystemGovernance governance;

	@Autowired
	PersonalAccount personal;

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationCenter notifications;

	@Test
	void aPersonInMontrealReadsTheMeetingInTheirTimeWithParisTimeBesideItOthersInParisTime() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(2);
		CoopexUser inMontreal = e.members().get(0);
		CoopexUser withoutZone = e.members().get(1);
		this.personal.chooseTimeZone(inMontreal, "America/Montreal");
		ZonedDateTime at = this.fixtures.tomorrow().withHour(10).withMinute(0);
		long id = this.governance.callMeeting(e.coordinator(), e.id(), new MeetingDraft("Préparer Montréal",
				at.toLocalDate(), at.toLocalTime(), 90, "CCI de Lyon", null, "Le salon SIAL Canada"));
		ZonedDateTime there = at.withZoneSameInstant(MONTREAL);
		String paris = SHOWN.format(at);
		String meetingPage = "/ecosystems/" + e.id() + "/meetings/" + id;

		// the ecosystem's list of meetings: Paris time, then the time in Montreal, named
		String list = page("/ecosystems/" + e.id(), inMontreal);
		assertThat(list)
			.contains(paris + " (heure de Paris) — " + TIME.format(there) + ", votre heure (America/Montreal)");
		assertThat(list).contains("avec votre heure (America/Montreal) à côté");
		// the meeting's page: from Paris time to Paris time, then in Montreal
		String meeting = page(meetingPage, inMontreal);
		assertThat(meeting).contains("Du " + paris + " au " + SHOWN.format(at.plusMinutes(90)));
		assertThat(meeting).contains("À votre heure (America/Montreal) : du " + SHOWN.format(there) + " au "
				+ SHOWN.format(there.plusMinutes(90)));

		// without a zone: Paris time only, as before
		for (String html : new String[] { page("/ecosystems/" + e.id(), withoutZone),
				page(meetingPage, withoutZone) }) {
			assertThat(html).contains(paris).doesNotContain("America/Montreal").doesNotContain("votre heure");
		}
		// the coordinator's form still says the time is entered in Paris time
		assertThat(page("/ecosystems/" + e.id() + "/meetings/new", e.coordinator()))
			.contains("Jour et heure à l’heure de Paris (Europe/Paris)");

		// the calendar files keep absolute times, in UTC, whoever asks
		DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
		assertThat(this.governance.invitation(e.id(), id, inMontreal.id()).orElseThrow())
			.contains("DTSTART:" + utc.format(at.toInstant()) + "\r\n")
			.doesNotContain("TZID");
		assertThat(this.governance.meetingFeed(inMontreal, e.id(), "Réunions"))
			.contains("DTSTART:" + utc.format(at.toInstant()) + "\r\n");

		// the invitation e-mails: the Montreal time for the person who chose it
		DateTimeFormatter mailed = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(Locale.FRENCH);
		String montrealMail = mail(inMontreal);
		assertThat(montrealMail).contains(
				mailed.format(at) + " (heure de Paris) — " + mailed.format(there) + ", votre heure (America/Montreal)");
		assertThat(mail(withoutZone)).contains(mailed.format(at)).doesNotContain("America/Montreal");
	}

	@Test
	void theNotificationsListShowsEachTimeInThePersonsZoneNamedAndParisTimeToOthers() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(2);
		CoopexUser inMontreal = e.members().get(0);
		CoopexUser withoutZone = e.members().get(1);
		this.personal.chooseTimeZone(inMontreal, "America/Montreal");
		ZonedDateTime at = this.fixtures.tomorrow().withHour(10).withMinute(0);
		this.governance.callMeeting(e.coordinator(), e.id(), new MeetingDraft("Préparer Montréal", at.toLocalDate(),
				at.toLocalTime(), 90, "CCI de Lyon", null, "Le salon SIAL Canada"));
		Notification invitation = first(inMontreal);
		assertThat(page("/notifications", inMontreal))
			.contains(SHOWN.format(invitation.createdAt().atZone(MONTREAL)) + " (America/Montreal)");
		Notification other = first(withoutZone);
		assertThat(page("/notifications", withoutZone))
			.contains(SHOWN.format(other.createdAt().atZone(ZoneId.of("Europe/Paris"))))
			.doesNotContain("America/Montreal");
	}

	@Test
	void aVisitorSeesNoMeetingTimesAtAll() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		ZonedDateTime at = this.fixtures.tomorrow().withHour(10).withMinute(0);
		long id = this.governance.callMeeting(e.coordinator(), e.id(),
				new MeetingDraft("Réservé", at.toLocalDate(), at.toLocalTime(), 60, "Lyon", null, "Interne"));
		String html = this.mvc.perform(get("/ecosystems/" + e.id())).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("Réservé").doesNotContain("meeting-list");
		assertThat(this.mvc.perform(get("/ecosystems/" + e.id() + "/meetings/" + id))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
	}

	/** The person's latest notification, once it has arrived. */
	private Notification first(CoopexUser person) {
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.notifications.latest(person.id(), 1).isEmpty());
		return this.notifications.latest(person.id(), 1).get(0);
	}

	private String page(String url, CoopexUser viewer) throws Exception {
		return this.mvc.perform(get(url).with(user(viewer))).andReturn().getResponse().getContentAsString();
	}

	/**
	 * The meeting's invitation sent to this person: found by its title, as the mails of
	 * the setup (the membership accepted) are delivered in the background and may come
	 * after it.
	 */
	private static String mail(CoopexUser person) throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(() -> invitation(person) != null);
		return invitation(person);
	}

	private static String invitation(CoopexUser person) throws Exception {
		for (MimeMessage message : TestMail.to(person.email())) {
			String text = text(message.getContent());
			if (text.contains("Préparer Montréal")) {
				return text;
			}
		}
		return null;
	}

	/** The decoded plain text of a message's content, however nested. */
	private static String text(Object content) throws Exception {
		if (content instanceof String text) {
			return text;
		}
		StringBuilder found = new StringBuilder();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Part part = multipart.getBodyPart(i);
				if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
					found.append(text(part.getContent()));
				}
			}
		}
		return found.toString();
	}

}
