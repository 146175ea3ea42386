package fr.coopex.missions;

import java.time.Instant;
import java.util.List;

/**
 * A mission as one viewer sees it. Participants and the ecosystem's coordinators see the
 * participants and the shared findings; a company sees its own leads and those other
 * participants shared with it, never any other lead. Coordinators see no lead at all.
 *
 * @param poolManager whether the viewer runs the mission's cost pool (its coordinators,
 * and the person of the proposing company who opened it)
 */
public record MissionPage(MissionSummary mission, String description, long version, boolean coordinator,
		boolean mayJoin, boolean participant, List<Participant> participants, List<Participant> others,
		List<LeadLine> ownLeads, List<LeadLine> sharedWithUs, List<Finding> findings, List<MissionStatus> nextStatuses,
		boolean poolManager) {

	public record Participant(long companyId, String companyName) {
	}

	/**
	 * @param ownerName the company that entered it (for leads shared with the viewer)
	 * @param sharedWith the companies it is shared with (for the owner only)
	 * @param sharedWithIds their ids (for the owner only)
	 */
	public record LeadLine(long id, String ownerName, String companyName, String contact, String country, String notes,
			LeadStage stage, List<String> sharedWith, List<Long> sharedWithIds, Instant updatedAt, long version) {
	}

	public record Finding(long id, String authorName, String title, String text, Instant createdAt) {
	}

	public boolean seesParticipants() {
		return this.coordinator || this.participant;
	}

	/**
	 * Whether the viewer may open the mission's cost pool: its participants and those who
	 * run the pool.
	 */
	public boolean seesPool() {
		return this.mission.poolId() != null && (this.participant || this.poolManager);
	}

}
