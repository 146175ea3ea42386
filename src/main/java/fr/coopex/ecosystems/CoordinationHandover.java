package fr.coopex.ecosystems;

import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.CoordinationEvents.HandoverProposed;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Text;

/**
 * Handing coordination over from the leader firm to a third-party coordination body, or
 * back to a member firm. The side that coordinates proposes; a person of the organisation
 * named accepts or declines; until then nothing changes, and the coordinators may
 * withdraw the proposal. One proposal at a time per ecosystem.
 * <p>
 * On acceptance the person who accepted becomes the only coordinator (those of the other
 * side stop at once) and the roles follow: the firm that hands over to a body becomes a
 * plain member, the firm that takes coordination back becomes the leader.
 */
@Service
public class CoordinationHandover {

	private final Handovers handovers;

	private final EcosystemGuards guards;

	private final HandoverCandidates candidates;

	private final HandoverDecisions decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CoordinationHandover(Handovers handovers, EcosystemGuards guards, HandoverCandidates candidates,
			HandoverDecisions decisions, ApplicationEventPublisher events, Clock clock) {
		this.handovers = handovers;
		this.guards = guards;
		this.candidates = candidates;
		this.decisions = decisions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A pending proposal, as its two sides see it.
	 *
	 * @param direction who coordinates once it is accepted
	 * @param addressee whether the viewer may accept or decline it
	 */
	public record Pending(long handoverId, long ecosystemId, String ecosystemName, Coordination direction,
			long organisationId, String organisationName, String message, Instant proposedAt, boolean addressee) {
	}

	/** An organisation coordination may be handed to. */
	public record Candidate(long organisationId, String name) {
	}

	/**
	 * Where coordination may go: the coordination bodies when a firm leads, the active
	 * member companies when a body coordinates.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(CoopexUser coordinator, long ecosystemId) {
		return this.candidates.candidates(coordinator, ecosystemId);
	}

	@Transactional
	public void propose(CoopexUser coordinator, long ecosystemId, long organisationId, String message) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		Coordination direction = (ecosystem.getCoordination() == Coordination.LEADER_FIRM) ? Coordination.THIRD_PARTY
				: Coordination.LEADER_FIRM;
		String name = candidates(coordinator, ecosystemId).stream()
			.filter((c) -> c.organisationId() == organisationId)
			.map(Candidate::name)
			.findFirst()
			.orElseThrow(() -> new EcosystemException("organisationId", "ecosystems.handover.unknown-organisation"));
		if (this.handovers.findByPendingEcosystemId(ecosystemId).isPresent()) {
			throw new EcosystemException("organisationId", "ecosystems.handover.already-pending");
		}
		String text = (message == null || message.isBlank()) ? null : Text.cut(message.strip(), 1000);
		Handover handover = new Handover(ecosystemId, direction, organisationId, Text.cut(name, 200), text,
				coordinator.id(), this.clock.instant());
		try {
			handover = this.handovers.saveAndFlush(handover);
		}
		catch (DataIntegrityViolationException raced) {
			throw new EcosystemException("organisationId", "ecosystems.handover.already-pending");
		}
		this.events.publishEvent(new HandoverProposed(ecosystemId, ecosystem.getName(), handover.getId(),
				organisationId, coordinator.id()));
	}

	/** A person of the organisation named accepts: coordination passes to them. */
	@Transactional
	public void accept(CoopexUser person, long ecosystemId) {
		this.decisions.accept(person, ecosystemId);
	}

	@Transactional
	public void decline(CoopexUser person, long ecosystemId) {
		this.decisions.decline(person, ecosystemId);
	}

	/** A coordinator withdraws the pending proposal. */
	@Transactional
	public void withdraw(CoopexUser coordinator, long ecosystemId) {
		this.decisions.withdraw(coordinator, ecosystemId);
	}

	/**
	 * The pending proposal, for its coordinators and the people of the organisation it
	 * names; empty for anyone else.
	 */
	@Transactional(readOnly = true)
	public Optional<Pending> pending(CoopexUser viewer, long ecosystemId) {
		if (viewer == null) {
			return Optional.empty();
		}
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		return this.handovers.findByPendingEcosystemId(ecosystemId)
			.filter((h) -> ecosystem.isCoordinatedBy(viewer.id()) || isAddressee(viewer, h))
			.map((h) -> new Pending(h.getId(), ecosystemId, ecosystem.getName(), h.getDirection(),
					h.getOrganisationId(), h.getOrganisationName(), h.getMessage(), h.getProposedAt(),
					isAddressee(viewer, h)));
	}

	/** The pending proposal for its page: not found for anyone else, or when none is. */
	@Transactional(readOnly = true)
	public Pending proposal(CoopexUser viewer, long ecosystemId) {
		return pending(viewer, ecosystemId).orElseThrow(EcosystemManagement.EcosystemNotFoundException::new);
	}

	/** A coordination-body user of the body, or a person of the member firm. */
	static boolean isAddressee(CoopexUser person, Handover handover) {
		Role expected = (handover.getDirection() == Coordination.THIRD_PARTY) ? Role.COORDINATOR : Role.MEMBER;
		return person != null && person.role() == expected && person.organisationId() == handover.getOrganisationId();
	}

}
