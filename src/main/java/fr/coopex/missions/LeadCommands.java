package fr.coopex.missions;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.companies.Markets;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.missions.MissionEvents.LeadShared;
import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.text.PriceTalk;
import fr.coopex.shared.web.Text;

/**
 * The leads participants write on a mission: private unless shared with named
 * participants; a shared lead that mentions prices is shared only once its author has
 * confirmed it ({@link PriceTalkWarning}), and goes into the ecosystem's register of
 * information exchanged ({@link LeadShared}).
 */
@Service
class LeadCommands {

	private static final String CHANGED_MEANWHILE = "missions.lead.changed-meanwhile";

	private final Leads leads;

	private final MissionAccess access;

	private final Participants participants;

	private final Markets markets;

	private final PriceTalk priceTalk;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadCommands(Leads leads, MissionAccess access, Participants participants, Markets markets, PriceTalk priceTalk,
			ApplicationEventPublisher events, Clock clock) {
		this.leads = leads;
		this.access = access;
		this.participants = participants;
		this.markets = markets;
		this.priceTalk = priceTalk;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long addLead(CoopexUser member, long missionId, LeadDraft draft, boolean priceTalkConfirmed) {
		Mission mission = requireParticipantToWrite(member, missionId);
		Lead lead = new Lead(missionId, member.organisationId(), member.id(), this.clock.instant());
		LeadDraft checked = validate(draft);
		Set<Long> shares = shares(mission, member, draft.sharedWith());
		boolean confirmed = checkShared(checked, shares, priceTalkConfirmed);
		lead.describe(checked, shares, this.clock.instant());
		long id = this.leads.saveAndFlush(lead).getId();
		announceShares(mission, member, id, shares, Set.of(), confirmed);
		return id;
	}

	@Transactional
	public void updateLead(CoopexUser member, long missionId, long leadId, long version, LeadDraft draft,
			boolean priceTalkConfirmed) {
		Mission mission = requireParticipantToWrite(member, missionId);
		Lead lead = this.leads.own(member, missionId, leadId);
		if (lead.getVersion() != version) {
			throw new MissionException(null, CHANGED_MEANWHILE);
		}
		LeadDraft checked = validate(draft);
		Set<Long> shares = shares(mission, member, draft.sharedWith());
		boolean confirmed = checkShared(checked, shares, priceTalkConfirmed);
		Set<Long> before = lead.getSharedWith();
		lead.describe(checked, shares, this.clock.instant());
		try {
			this.leads.saveAndFlush(lead);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new MissionException(null, CHANGED_MEANWHILE);
		}
		announceShares(mission, member, leadId, shares, before, confirmed);
	}

	/**
	 * A lead shared with other companies is checked for price talk; a private one is not.
	 */
	private boolean checkShared(LeadDraft draft, Set<Long> shares, boolean priceTalkConfirmed) {
		return !shares.isEmpty() && PriceTalkWarning.check(this.priceTalk, priceTalkConfirmed, draft.companyName(),
				draft.contact(), draft.notes());
	}

	/** Tells the register when the lead reaches companies it did not reach before. */
	private void announceShares(Mission mission, CoopexUser author, long leadId, Set<Long> shares, Set<Long> before,
			boolean confirmed) {
		if (!before.containsAll(shares)) {
			this.events.publishEvent(new LeadShared(mission.getId(), mission.getEcosystemId(), leadId, author.id(),
					author.organisationId(), shares.size(), confirmed, this.clock.instant()));
		}
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
