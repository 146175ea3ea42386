package fr.coopex.ecosystems;

import java.time.Instant;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.CoordinationEvents.HandoverDecided;
import fr.coopex.shared.security.CoopexUser;

/**
 * Decides a pending handover of coordination: accepted or declined by its addressee, or
 * withdrawn.
 */
@Component
class HandoverDecisions {

	private final Ecosystems ecosystems;

	private final Handovers handovers;

	private final Memberships memberships;

	private final EcosystemGuards guards;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HandoverDecisions(Ecosystems ecosystems, Handovers handovers, Memberships memberships, EcosystemGuards guards,
			ApplicationEventPublisher events, Clock clock) {
		this.ecosystems = ecosystems;
		this.handovers = handovers;
		this.memberships = memberships;
		this.guards = guards;
		this.events = events;
		this.clock = clock;
	}

	/** A person of the organisation named accepts: coordination passes to them. */
	void accept(CoopexUser person, long ecosystemId) {
		Handover handover = addressed(person, ecosystemId);
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		Instant now = this.clock.instant();
		if (handover.getDirection() == Coordination.THIRD_PARTY) {
			if (ecosystem.getLeaderCompanyId() != null) {
				this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, ecosystem.getLeaderCompanyId())
					.filter((m) -> m.getStatus() == MembershipStatus.ACTIVE)
					.ifPresent((m) -> m.changeRole(MembershipRole.MEMBER));
			}
		}
		else {
			this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, handover.getOrganisationId())
				.filter((m) -> m.getStatus() == MembershipStatus.ACTIVE)
				.orElseThrow(() -> new EcosystemException(null, "ecosystems.handover.not-member"))
				.changeRole(MembershipRole.LEADER);
		}
		handover.decide(HandoverStatus.ACCEPTED, person.id(), now);
		ecosystem.handOver(handover.getDirection(), handover.getOrganisationId(), person.id(), now);
		flush();
		decided(ecosystem, handover, person);
	}

	void decline(CoopexUser person, long ecosystemId) {
		Handover handover = addressed(person, ecosystemId);
		handover.decide(HandoverStatus.DECLINED, person.id(), this.clock.instant());
		flush();
		decided(this.guards.visible(ecosystemId), handover, person);
	}

	/** A coordinator withdraws the pending proposal. */
	void withdraw(CoopexUser coordinator, long ecosystemId) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		Handover handover = this.handovers.findByPendingEcosystemId(ecosystemId)
			.orElseThrow(() -> new EcosystemException(null, "ecosystems.handover.not-pending"));
		handover.decide(HandoverStatus.WITHDRAWN, coordinator.id(), this.clock.instant());
		flush();
		decided(ecosystem, handover, coordinator);
	}

	private Handover addressed(CoopexUser person, long ecosystemId) {
		Handover handover = this.handovers.findByPendingEcosystemId(ecosystemId)
			.orElseThrow(() -> new EcosystemException(null, "ecosystems.handover.not-pending"));
		if (!CoordinationHandover.isAddressee(person, handover)) {
			throw new AccessDeniedException("Not addressed to this person's organisation");
		}
		return handover;
	}

	private void flush() {
		try {
			this.handovers.flush();
			this.ecosystems.flush();
		}
		catch (org.springframework.orm.ObjectOptimisticLockingFailureException raced) {
			throw new EcosystemException(null, "ecosystems.handover.not-pending");
		}
	}

	private void decided(Ecosystem ecosystem, Handover handover, CoopexUser by) {
		this.events.publishEvent(new HandoverDecided(ecosystem.getId(), ecosystem.getName(), handover.getId(),
				handover.getStatus(), handover.getOrganisationName(), by.id()));
	}

}
