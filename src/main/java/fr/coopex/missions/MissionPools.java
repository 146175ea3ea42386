package fr.coopex.missions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;

/**
 * The bridge to the {@link Ledger}: each mission's cost pool kept in step with the
 * mission, in the same transaction (the rules are described on
 * {@link MissionManagement}). Missions proposed before they had pools (no pool attached)
 * are left out of the ledger.
 */
@Component
class MissionPools {

	private final Ledger ledger;

	private final CompanyManagement companies;

	MissionPools(Ledger ledger, CompanyManagement companies) {
		this.ledger = ledger;
		this.companies = companies;
	}

	/** Opens the mission's pool (equal shares) and attaches it. */
	void open(CoopexUser user, Mission mission) {
		mission.attachPool(this.ledger.openPool(user, PoolOwnerKind.MISSION, mission.getId(), mission.getEcosystemId(),
				mission.getTitle(), AllocationKey.EQUAL, Set.of()));
	}

	/**
	 * The member's company joins the mission's pool: weight 1 (or the weight a manager
	 * typed for it, when it comes back), and what subsidies look at as its profile shows
	 * them within its ecosystems.
	 */
	void join(CoopexUser member, Mission mission) {
		if (mission.getPoolId() == null) {
			return;
		}
		long companyId = member.organisationId();
		CompanyCard card = this.companies.cardsAtEcosystemLevel(List.of(companyId)).get(companyId);
		BigDecimal weight = this.ledger.participant(member, mission.getPoolId(), companyId)
			.map(PoolView.Participant::weight)
			.orElse(BigDecimal.ONE);
		try {
			this.ledger.join(member, mission.getPoolId(),
					ParticipantDraft.ofMember(member, card, BigDecimal.ZERO, weight, 0));
		}
		catch (LedgerException refused) {
			// e.g. the costs were already split among the participants (the pool is
			// posted): the mission says so in its own words, and nothing is kept
			throw new MissionException(null, "missions.join.costs-split");
		}
	}

	void withdraw(CoopexUser member, Mission mission) {
		if (mission.getPoolId() != null) {
			this.ledger.withdraw(member, mission.getPoolId(), member.organisationId());
		}
	}

	/**
	 * Closing the mission posts the split when the pool has costs and participants;
	 * opening it again reopens a posted pool. Only a person who runs the pool does it.
	 */
	void follow(CoopexUser user, Mission mission, MissionStatus next) {
		if (mission.getPoolId() == null || (next != MissionStatus.CLOSED && next != MissionStatus.OPEN)
				|| !this.ledger.manages(user, mission.getPoolId())) {
			return;
		}
		PoolView pool = this.ledger.pool(user, mission.getPoolId());
		if (next == MissionStatus.CLOSED && pool.status() == PoolStatus.OPEN && !pool.items().isEmpty()
				&& !pool.activeParticipants().isEmpty()) {
			this.ledger.post(user, mission.getPoolId(), Ledger.ANY_VERSION);
		}
		else if (next == MissionStatus.OPEN && pool.status() == PoolStatus.POSTED) {
			this.ledger.reopen(user, mission.getPoolId(), Ledger.ANY_VERSION);
		}
	}

	/** Whether this person runs the mission's pool. */
	boolean manages(CoopexUser user, Mission mission) {
		return mission.getPoolId() != null && this.ledger.manages(user, mission.getPoolId());
	}

}
