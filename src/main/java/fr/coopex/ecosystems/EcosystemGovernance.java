package fr.coopex.ecosystems;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemDetail.ViewerRelation;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.ecosystems.GovernanceViews.Consultation;
import fr.coopex.ecosystems.GovernanceViews.Meeting;
import fr.coopex.ecosystems.GovernanceViews.Overview;
import fr.coopex.shared.security.CoopexUser;

/**
 * Meetings and consultations of an ecosystem: what coordinators call and open, what the
 * people of member companies answer and vote, and what insiders read. Outsiders get
 * {@link EcosystemNotFoundException}, as for the ecosystem's other inside pages.
 */
@Service
public class EcosystemGovernance {

	/** How many meetings and consultations the ecosystem's page lists. */
	static final int LISTED = 20;

	private final EcosystemGuards guards;

	private final MeetingCommands meetingCommands;

	private final MeetingReads meetingReads;

	private final Meetings meetings;

	private final MeetingFiles files;

	private final ConsultationCommands consultationCommands;

	private final ConsultationReads consultationReads;

	private final Consultations consultations;

	EcosystemGovernance(EcosystemGuards guards, MeetingCommands meetingCommands, MeetingReads meetingReads,
			Meetings meetings, MeetingFiles files, ConsultationCommands consultationCommands,
			ConsultationReads consultationReads, Consultations consultations) {
		this.guards = guards;
		this.meetingCommands = meetingCommands;
		this.meetingReads = meetingReads;
		this.meetings = meetings;
		this.files = files;
		this.consultationCommands = consultationCommands;
		this.consultationReads = consultationReads;
		this.consultations = consultations;
	}

	/**
	 * A meeting as a coordinator calls it: the day and time in Europe/Paris, a place or
	 * an https video link (or both), the agenda.
	 */
	public record MeetingDraft(String title, LocalDate day, LocalTime time, int durationMinutes, String place,
			String videoLink, String agenda) {
	}

	/**
	 * A consultation as a coordinator opens it. With a {@code charterText}, it submits
	 * that charter: the first option approves it, and it comes into force when adopted.
	 */
	public record ConsultationDraft(String question, List<String> options, int quorumPercent, Majority majority,
			LocalDate deadlineDay, LocalTime deadlineTime, boolean secret, String charterText) {
	}

	/** A minutes PDF to download. */
	public record MinutesFile(String fileName, byte[] content) {
	}

	/** The meetings and consultations for the ecosystem's page: null for outsiders. */
	@Transactional(readOnly = true)
	public Overview overview(CoopexUser viewer, long ecosystemId) {
		ViewerRelation relation = this.guards.relation(viewer, this.guards.visible(ecosystemId));
		if (relation == ViewerRelation.OUTSIDER) {
			return null;
		}
		return new Overview(this.meetingReads.latest(viewer, ecosystemId, LISTED), this.consultationReads.latest(viewer,
				ecosystemId, this.guards.isMemberCompany(viewer, ecosystemId), LISTED));
	}

	// --- meetings

	public long callMeeting(CoopexUser coordinator, long ecosystemId, MeetingDraft draft) {
		return this.meetingCommands.call(coordinator, ecosystemId, draft);
	}

	public void answer(CoopexUser member, long ecosystemId, long meetingId, MeetingAnswer answer) {
		this.meetingCommands.answer(member, ecosystemId, meetingId, answer);
	}

	public void keepMinutes(CoopexUser coordinator, long ecosystemId, long meetingId, String text, String fileName,
			byte[] pdf) {
		this.meetingCommands.minutes(coordinator, ecosystemId, meetingId, text, fileName, pdf);
	}

	@Transactional(readOnly = true)
	public Meeting meeting(CoopexUser viewer, long ecosystemId, long meetingId) {
		this.guards.requireInsider(viewer, ecosystemId);
		return this.meetingReads.one(viewer,
				this.meetings.find(ecosystemId, meetingId).orElseThrow(EcosystemNotFoundException::new));
	}

	@Transactional(readOnly = true)
	public MinutesFile minutesFile(CoopexUser viewer, long ecosystemId, long meetingId) {
		return this.files.minutesFile(viewer, ecosystemId, meetingId);
	}

	/** The iCalendar feed of the ecosystem's meetings, for its insiders. */
	@Transactional(readOnly = true)
	public String meetingFeed(CoopexUser viewer, long ecosystemId, String calendarName) {
		return this.files.feed(viewer, ecosystemId, calendarName);
	}

	/**
	 * The iCalendar invitation (METHOD:REQUEST) of one person to a meeting, organised by
	 * the coordinator who called it; empty when either is unknown.
	 */
	@Transactional(readOnly = true)
	public Optional<String> invitation(long ecosystemId, long meetingId, long attendeeId) {
		return this.files.invitation(ecosystemId, meetingId, attendeeId);
	}

	// --- consultations

	public long openConsultation(CoopexUser coordinator, long ecosystemId, ConsultationDraft draft) {
		return this.consultationCommands.open(coordinator, ecosystemId, draft);
	}

	public void vote(CoopexUser member, long ecosystemId, long consultationId, long optionId) {
		this.consultationCommands.vote(member, ecosystemId, consultationId, optionId);
	}

	@Transactional(readOnly = true)
	public Consultation consultation(CoopexUser viewer, long ecosystemId, long consultationId) {
		this.guards.requireInsider(viewer, ecosystemId);
		Consultations.Row row = this.consultations.find(ecosystemId, consultationId)
			.orElseThrow(EcosystemNotFoundException::new);
		return this.consultationReads.view(viewer, row, this.guards.isMemberCompany(viewer, ecosystemId));
	}

}
