package fr.coopex.missions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.companies.Markets;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * What participants write on a mission: their leads (private unless shared with named
 * participants) and the market notes they share with everyone on it.
 */
@Service
class LeadCommands {

	private static final String CHANGED_MEANWHILE = "missions.lead.changed-meanwhile";

	private final Leads leads;

	private final MissionAccess access;

	private final Participants participants;

	private final Markets markets;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	LeadCommands(Leads leads, MissionAccess access, Participants participants, Markets markets,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.leads = leads;
		this.access = access;
		this.participants = participants;
		this.markets = markets;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public long addLead(CoopexUser member, long missionId, LeadDraft draft) {
		Mission mission = requireParticipantToWrite(member, missionId);
		Lead lead = new Lead(missionId, member.organisationId(), member.id(), this.clock.instant());
		lead.describe(validate(draft), shares(mission, member, draft.sharedWith()), this.clock.instant());
		return this.leads.saveAndFlush(lead).getId();
	}

	@Transactional
	public void updateLead(CoopexUser member, long missionId, long leadId, long version, LeadDraft draft) {
		Mission mission = requireParticipantToWrite(member, missionId);
		Lead lead = this.leads.own(member, missionId, leadId);
		if (lead.getVersion() != version) {
			throw new MissionException(null, CHANGED_MEANWHILE);
		}
		lead.describe(validate(draft), shares(mission, member, draft.sharedWith()), this.clock.instant());
		try {
			this.leads.saveAndFlush(lead);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new MissionException(null, CHANGED_MEANWHILE);
		}
	}

	@Transactional
	public void addFinding(CoopexUser user, long missionId, String title, String text) {
		Mission mission = this.access.find(missionId);
		Standing standing = this.access.requireInsider(user, mission);
		boolean participant = standing.activeMember() && this.participants.contains(missionId, user.organisationId());
		if (!standing.coordinator() && !participant) {
			throw new AccessDeniedException("Only participants and coordinators share findings");
		}
		requireNotCancelled(mission);
		String cleanTitle = Text.clean(title);
		String cleanText = Text.clean(text);
		if (cleanTitle == null || cleanTitle.length() > 200) {
			throw new MissionException("title", cleanTitle == null ? "NotBlank" : "Size");
		}
		if (cleanText == null || cleanText.length() > 4000) {
			throw new MissionException("text", cleanText == null ? "NotBlank" : "Size");
		}
		this.jdbc.update("""
				insert into mission_finding (mission_id, company_id, author_id, title, text, created_at)
				values (:mission, :company, :author, :title, :text, :at)
				""",
				Participants.params(missionId, participant ? user.organisationId() : null)
					.addValue("author", user.id())
					.addValue("title", cleanTitle)
					.addValue("text", cleanText)
					.addValue("at", Timestamp.from(this.clock.instant())));
	}

	private Mission requireParticipantToWrite(CoopexUser member, long missionId) {
		Mission mission = this.access.find(missionId);
		Standing standing = this.access.requireInsider(member, mission);
		if (!standing.activeMember() || !this.participants.contains(missionId, member.organisationId())) {
			throw new AccessDeniedException("Only participants record leads");
		}
		requireNotCancelled(mission);
		return mission;
	}

	private static void requireNotCancelled(Mission mission) {
		if (mission.getStatus() == MissionStatus.CANCELLED) {
			throw new MissionException(null, "missions.cancelled");
		}
	}

	/** The companies a lead is shared with: participants other than its owner. */
	private Set<Long> shares(Mission mission, CoopexUser owner, Set<Long> requested) {
		Set<Long> shares = new HashSet<>(requested == null ? Set.of() : requested);
		shares.remove(owner.organisationId());
		if (!this.participants.ids(mission.getId()).containsAll(shares)) {
			throw new MissionException("sharedWith", "missions.lead.share-not-participant");
		}
		return shares;
	}

	private LeadDraft validate(LeadDraft draft) {
		if (Text.clean(draft.companyName()) == null) {
			throw new MissionException("companyName", "NotBlank");
		}
		String country = Text.clean(draft.country());
		if (country != null && (country.startsWith("Z-") || !this.markets.isValid(country))) {
			throw new MissionException("country", "missions.lead.country-unknown");
		}
		if (draft.stage() == null) {
			throw new MissionException("stage", "NotNull");
		}
		return new LeadDraft(draft.companyName().strip(), Text.clean(draft.contact()), country,
				Text.clean(draft.notes()), draft.stage(), draft.sharedWith());
	}

}
