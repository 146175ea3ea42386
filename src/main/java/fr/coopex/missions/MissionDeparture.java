package fr.coopex.missions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.MemberDeparture;
import fr.coopex.ledger.Ledger;
import fr.coopex.shared.security.CoopexUser;

/**
 * A member company removed from an ecosystem withdraws from the missions it joined there,
 * as leaving would: while the mission is open, it leaves the mission and its cost pool
 * (the costs are split again among the others); once the mission is closed (its split
 * confirmed), its share stays due and is settled from the pool console. Missions done or
 * cancelled are left as they are.
 */
@Component
class MissionDeparture implements MemberDeparture {

	private final Missions missions;

	private final MissionAccess access;

	private final Participants participants;

	private final Ledger ledger;

	MissionDeparture(Missions missions, MissionAccess access, Participants participants, Ledger ledger) {
		this.missions = missions;
		this.access = access;
		this.participants = participants;
		this.ledger = ledger;
	}

	@Override
	public List<Effect> effects(long ecosystemId, long companyId) {
		List<Effect> effects = new ArrayList<>();
		for (Mission mission : joined(ecosystemId, companyId)) {
			effects
				.add(new Effect(mission.getTitle(), mission.getStatus() == MissionStatus.CLOSED, BigDecimal.ONE, true));
		}
		return effects;
	}

	@Override
	public void apply(CoopexUser coordinator, long ecosystemId, long companyId) {
		for (Mission found : joined(ecosystemId, companyId)) {
			Mission mission = this.access.lock(found.getId());
			if (mission.getStatus() != MissionStatus.OPEN || !this.participants.remove(mission.getId(), companyId)) {
				continue;
			}
			if (mission.getPoolId() != null) {
				this.ledger.withdraw(coordinator, mission.getPoolId(), companyId);
			}
		}
	}

	/** The ecosystem's open and closed missions the company takes part in. */
	private List<Mission> joined(long ecosystemId, long companyId) {
		Set<Long> joined = this.participants.missionsOf(companyId);
		return this.missions.findByEcosystemIdInOrderByStartsOnDesc(List.of(ecosystemId))
			.stream()
			.filter((mission) -> mission.getStatus() == MissionStatus.OPEN
					|| mission.getStatus() == MissionStatus.CLOSED)
			.filter((mission) -> joined.contains(mission.getId()))
			.toList();
	}

}
