package fr.coopex.missions;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.missions.MissionEvents.MissionProposed;
import fr.coopex.missions.MissionEvents.MissionStatusChanged;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.security.CoopexUser;

/** Proposing and running missions, and taking part in them. */
@Service
class MissionCommands {

	private final Missions missions;

	private final MissionAccess access;

	private final Participants participants;

	private final MissionPools pools;

	private final MissionDraftRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MissionCommands(Missions missions, MissionAccess access, Participants participants, MissionPools pools,
			MissionDraftRules rules, ApplicationEventPublisher events, Clock clock) {
		this.missions = missions;
		this.access = access;
		this.participants = participants;
		this.pools = pools;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long propose(CoopexUser user, long ecosystemId, MissionDraft draft) {
		Standing standing = this.access.requireInsider(user, ecosystemId);
		MissionDraft checked = this.rules.validate(draft);
		Long company = standing.activeMember() ? user.organisationId() : null;
		Mission mission = this.missions
			.saveAndFlush(new Mission(ecosystemId, user.id(), company, checked, this.clock.instant()));
		this.pools.open(user, mission);
		this.events.publishEvent(new MissionProposed(mission.getId(), ecosystemId, checked.kind(), checked.market(),
				checked.budget(), user.id(), mission.getTitle()));
		if (company != null) {
			this.participants.add(mission.getId(), company, user.id());
			this.pools.join(user, mission);
		}
		return mission.getId();
	}

	@Transactional
	public void changeStatus(CoopexUser user, long missionId, long version, MissionStatus next) {
		Mission mission = this.access.lock(missionId);
		Standing standing = this.access.requireInsider(user, mission);
		if (!MissionAccess.mayRun(user, standing, mission)) {
			throw new AccessDeniedException("Only the coordinators or the proposing company run a mission");
		}
		if (mission.getVersion() != version) {
			throw new MissionException(null, "missions.changed-meanwhile");
		}
		MissionStatus previous = mission.getStatus();
		mission.changeStatus(next, this.clock.instant());
		this.pools.follow(user, mission, next);
		this.events.publishEvent(new MissionStatusChanged(missionId, previous, next, user.id(), mission.getTitle()));
	}

	@Transactional
	public void join(CoopexUser member, long missionId) {
		Mission mission = this.access.lock(missionId);
		Standing standing = this.access.requireInsider(member, mission);
		if (!standing.activeMember()) {
			throw new AccessDeniedException("Only member companies take part in missions");
		}
		requireOpen(mission);
		if (this.participants.contains(missionId, member.organisationId())) {
			throw new MissionException(null, "missions.already-in");
		}
		try {
			this.participants.add(missionId, member.organisationId(), member.id());
		}
		catch (DuplicateKeyException raced) {
			throw new MissionException(null, "missions.already-in");
		}
		this.pools.join(member, mission);
	}

	@Transactional
	public void leave(CoopexUser member, long missionId) {
		Mission mission = this.access.lock(missionId);
		this.access.requireInsider(member, mission);
		requireOpen(mission);
		if (!this.participants.remove(missionId, member.organisationId())) {
			throw new MissionException(null, "missions.not-in");
		}
		this.pools.withdraw(member, mission);
	}

	private static void requireOpen(Mission mission) {
		if (mission.getStatus() != MissionStatus.OPEN) {
			throw new MissionException(null, "missions.not-open");
		}
	}

}
