package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.CoordinationEvents.MemberRemoved;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.ecosystems.MemberGovernance.RemovalPreview;

/**
 * Removes a member company, saying why, and withdraws it from what it takes part in by
 * the rules each module applies to a withdrawal.
 */
@Component
class MemberRemoval {

	private final EcosystemGuards guards;

	private final Memberships memberships;

	private final MembershipCommands joining;

	private final List<MemberDeparture> departures;

	private final CompanyManagement companies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MemberRemoval(EcosystemGuards guards, Memberships memberships, MembershipCommands joining,
			List<MemberDeparture> departures, CompanyManagement companies, ApplicationEventPublisher events,
			Clock clock) {
		this.guards = guards;
		this.memberships = memberships;
		this.joining = joining;
		this.departures = departures;
		this.companies = companies;
		this.events = events;
		this.clock = clock;
	}

	RemovalPreview preview(CoopexUser coordinator, long ecosystemId, long companyId) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		Membership membership = active(ecosystemId, companyId);
		String name = this.companies.card(coordinator, companyId)
			.map(CompanyCard::displayName)
			.orElseThrow(EcosystemNotFoundException::new);
		List<MemberDeparture.Effect> effects = this.departures.stream()
			.flatMap((departure) -> departure.effects(ecosystemId, companyId).stream())
			.toList();
		return new RemovalPreview(ecosystemId, ecosystem.getName(), companyId, name, membership.getRole(), effects);
	}

	void remove(CoopexUser coordinator, long ecosystemId, long companyId, String reason) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		if (reason == null || reason.isBlank()) {
			throw new EcosystemException("reason", "ecosystems.remove.reason-required");
		}
		if (reason.strip().length() > MemberGovernance.REASON_LENGTH) {
			throw new EcosystemException("reason", "ecosystems.remove.reason-too-long");
		}
		Membership membership = active(ecosystemId, companyId);
		if (ecosystem.getCoordination() == Coordination.LEADER_FIRM
				&& Long.valueOf(companyId).equals(ecosystem.getLeaderCompanyId())) {
			throw new EcosystemException("reason", "ecosystems.remove.leader");
		}
		Set<Long> firmCoordinators = this.joining.coordinatorsOf(ecosystem, companyId);
		if (!firmCoordinators.isEmpty() && firmCoordinators.containsAll(ecosystem.getCoordinators())) {
			throw new EcosystemException("reason", "ecosystems.leave.hand-over-first");
		}
		Instant now = this.clock.instant();
		membership.remove(reason.strip(), coordinator.id(), now);
		this.guards.flush(membership, "ecosystems.leave.not-member");
		ecosystem.removeCoordinators(firmCoordinators);
		for (MemberDeparture departure : this.departures) {
			departure.apply(coordinator, ecosystemId, companyId);
		}
		this.events.publishEvent(
				new MemberRemoved(ecosystemId, ecosystem.getName(), companyId, reason.strip(), coordinator.id()));
	}

	/** The active membership of a company, or not found. */
	Membership active(long ecosystemId, long companyId) {
		return this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, companyId)
			.filter((m) -> m.getStatus() == MembershipStatus.ACTIVE)
			.orElseThrow(EcosystemNotFoundException::new);
	}

}