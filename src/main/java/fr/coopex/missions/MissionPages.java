package fr.coopex.missions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/** Missions as each viewer may see them: the list, a mission's page, a lead to edit. */
@Service
@Transactional(readOnly = true)
class MissionPages {

	private final Missions missions;

	private final Leads leads;

	private final MissionAccess access;

	private final Participants participants;

	private final MissionPools pools;

	private final EcosystemManagement ecosystems;

	private final CompanyManagement companies;

	private final MissionFindings findings;

	MissionPages(Missions missions, Leads leads, MissionAccess access, Participants participants, MissionPools pools,
			EcosystemManagement ecosystems, CompanyManagement companies, MissionFindings findings) {
		this.missions = missions;
		this.leads = leads;
		this.access = access;
		this.participants = participants;
		this.pools = pools;
		this.ecosystems = ecosystems;
		this.companies = companies;
		this.findings = findings;
	}

	public MissionPage page(CoopexUser viewer, long missionId) {
		Mission mission = this.access.find(missionId);
		Standing standing = this.access.requireInsider(viewer, mission);
		List<Long> participantIds = this.participants.ids(missionId);
		boolean participant = standing.activeMember() && participantIds.contains(viewer.organisationId());
		MissionSummary summary = summary(mission, standing.ecosystemName(), participantIds.size());
		List<MissionPage.Participant> participants = List.of();
		List<MissionPage.LeadLine> own = List.of();
		List<MissionPage.LeadLine> shared = List.of();
		List<MissionPage.Finding> findings = List.of();
		if (standing.coordinator() || participant) {
			Map<Long, String> names = new HashMap<>();
			this.companies.cardsAtEcosystemLevel(participantIds)
				.forEach((id, card) -> names.put(id, card.displayName()));
			participants = participantIds.stream()
				.map((id) -> new MissionPage.Participant(id, names.getOrDefault(id, "")))
				.toList();
			findings = this.findings.of(missionId);
			if (participant) {
				own = this.leads
					.findByMissionIdAndCompanyIdOrderByUpdatedAtDescIdDesc(missionId, viewer.organisationId())
					.stream()
					.map((lead) -> line(lead, null, lead.getSharedWith().stream().map(names::get).toList()))
					.toList();
				shared = this.leads.sharedWith(missionId, viewer.organisationId())
					.stream()
					.map((lead) -> line(lead, names.getOrDefault(lead.getCompanyId(), ""), List.of()))
					.toList();
			}
		}
		List<MissionPage.Participant> others = participants.stream()
			.filter((p) -> viewer.role() != Role.MEMBER || p.companyId() != viewer.organisationId())
			.toList();
		boolean runs = MissionAccess.mayRun(viewer, standing, mission);
		boolean poolManager = mission.getPoolId() != null
				&& (standing.coordinator() || (runs && this.pools.manages(viewer, mission)));
		return new MissionPage(summary, mission.getDescription(), mission.getVersion(), standing.coordinator(),
				standing.activeMember() && !participant && mission.getStatus() == MissionStatus.OPEN, participant,
				participants, others, own, shared, findings, runs ? mission.getStatus().next() : List.of(),
				poolManager);
	}

	public List<MissionSummary> visibleTo(CoopexUser viewer, Long ecosystemId) {
		Map<Long, String> names = this.access.insiderEcosystems(viewer);
		if (ecosystemId != null) {
			if (!names.containsKey(ecosystemId)) {
				throw new MissionNotFoundException();
			}
			names = Map.of(ecosystemId, names.get(ecosystemId));
		}
		if (names.isEmpty()) {
			return List.of();
		}
		List<Mission> found = this.missions.findByEcosystemIdInOrderByStartsOnDesc(names.keySet());
		Map<Long, Integer> counts = this.participants.counts(found.stream().map(Mission::getId).toList());
		Map<Long, String> ecosystemNames = names;
		return found.stream()
			.map((m) -> summary(m, ecosystemNames.get(m.getEcosystemId()), counts.getOrDefault(m.getId(), 0)))
			.toList();
	}

	public List<EcosystemSummary> ecosystemsToProposeIn(CoopexUser user) {
		Map<Long, String> names = this.access.insiderEcosystems(user);
		return this.ecosystems.mine(user).stream().filter((e) -> names.containsKey(e.id())).toList();
	}

	public MissionView view(long missionId) {
		Mission m = this.access.find(missionId);
		return new MissionView(m.getId(), m.getEcosystemId(), m.getTitle(), m.getKind(), m.getMarket(), m.getStartsOn(),
				m.getEndsOn(), m.getBudget(), m.getStatus(), m.getPoolId(), this.participants.ids(missionId));
	}

	/** A company's own lead, to edit. */
	public MissionPage.LeadLine ownLead(CoopexUser member, long missionId, long leadId) {
		this.access.requireInsider(member, this.access.find(missionId));
		return line(this.leads.own(member, missionId, leadId), null, List.of());
	}

	private static MissionSummary summary(Mission m, String ecosystemName, int participants) {
		return new MissionSummary(m.getId(), m.getEcosystemId(), ecosystemName, m.getTitle(), m.getKind(),
				m.getMarket(), m.getStartsOn(), m.getEndsOn(), m.getBudget(), m.getStatus(), participants,
				m.getPoolId());
	}

	private static MissionPage.LeadLine line(Lead lead, String ownerName, List<String> sharedWith) {
		return new MissionPage.LeadLine(lead.getId(), ownerName, lead.getCompanyName(), lead.getContact(),
				lead.getCountry(), lead.getNotes(), lead.getStage(), sharedWith,
				ownerName == null ? List.copyOf(lead.getSharedWith()) : List.of(), lead.getUpdatedAt(),
				lead.getVersion());
	}

}
