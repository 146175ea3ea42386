package fr.coopex.missions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.shared.security.CoopexUser;

/**
 * Who may know about a mission: the coordinators and the member companies of its
 * ecosystem; anyone else is answered as if it did not exist.
 */
@Component
class MissionAccess {

	private final Missions missions;

	private final EcosystemManagement ecosystems;

	MissionAccess(Missions missions, EcosystemManagement ecosystems) {
		this.missions = missions;
		this.ecosystems = ecosystems;
	}

	Mission find(long missionId) {
		return this.missions.findById(missionId).orElseThrow(MissionNotFoundException::new);
	}

	/** The mission, its row locked: opting in and closing do not cross. */
	Mission lock(long missionId) {
		return this.missions.lockById(missionId).orElseThrow(MissionNotFoundException::new);
	}

	Standing requireInsider(CoopexUser user, Mission mission) {
		return requireInsider(user, mission.getEcosystemId());
	}

	Standing requireInsider(CoopexUser user, long ecosystemId) {
		Standing access = this.ecosystems.standing(user, ecosystemId);
		if (!access.insider()) {
			throw new MissionNotFoundException();
		}
		return access;
	}

	/** The ecosystem's coordinators, and the company that proposed the mission. */
	static boolean mayRun(CoopexUser user, Standing access, Mission mission) {
		return access.coordinator() || (access.activeMember() && mission.getProposedByCompany() != null
				&& mission.getProposedByCompany() == user.organisationId());
	}

	/** The names of the ecosystems whose missions this person may see, by id. */
	Map<Long, String> insiderEcosystems(CoopexUser viewer) {
		return new LinkedHashMap<>(this.ecosystems.insiders(viewer).names());
	}

}
