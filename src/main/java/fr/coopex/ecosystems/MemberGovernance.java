package fr.coopex.ecosystems;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.ecosystems.CoordinationEvents.CoordinatorRemoved;
import fr.coopex.ecosystems.CoordinationEvents.MemberRoleChanged;
import fr.coopex.shared.security.CoopexUser;

/**
 * What coordinators do to the members and to the team that coordinates: remove a member
 * company (saying why), change a member's role, take a coordinator off. Every method
 * checks that the caller coordinates the ecosystem.
 * <p>
 * Removing a company ends its membership and withdraws it from what it takes part in, by
 * the rules each module applies to a withdrawal ({@link MemberDeparture}): a stand
 * booking before its deadline leaves the cost split (the others' shares are computed
 * again, to the cent); a late one keeps its share due. The leader firm is not removed
 * while it leads: coordination is handed over first ({@link CoordinationHandover}).
 * <p>
 * The role of leader follows coordination: it is given and taken by a hand-over, never
 * here. A coordinator cannot be taken off (or take themselves off) while they are the
 * last one.
 */
@Service
public class MemberGovernance {

	static final int REASON_LENGTH = 1000;

	private final EcosystemGuards guards;

	private final MemberRemoval removal;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	MemberGovernance(EcosystemGuards guards, MemberRemoval removal, AccountManagement accounts,
			ApplicationEventPublisher events) {
		this.guards = guards;
		this.removal = removal;
		this.accounts = accounts;
		this.events = events;
	}

	/** What the coordinator reads before confirming a removal. */
	public record RemovalPreview(long ecosystemId, String ecosystemName, long companyId, String companyName,
			MembershipRole role, List<MemberDeparture.Effect> effects) {
	}

	/** A person who coordinates, as the console lists them. */
	public record Coordinator(long userId, String displayName, String organisationName) {
	}

	@Transactional(readOnly = true)
	public RemovalPreview removalPreview(CoopexUser coordinator, long ecosystemId, long companyId) {
		return this.removal.preview(coordinator, ecosystemId, companyId);
	}

	@Transactional
	public void remove(CoopexUser coordinator, long ecosystemId, long companyId, String reason) {
		this.removal.remove(coordinator, ecosystemId, companyId, reason);
	}

	@Transactional
	public void changeRole(CoopexUser coordinator, long ecosystemId, long companyId, MembershipRole role) {
		this.guards.coordinated(coordinator, ecosystemId);
		Membership membership = this.removal.active(ecosystemId, companyId);
		if (role == null || role == MembershipRole.LEADER || membership.getRole() == MembershipRole.LEADER) {
			throw new EcosystemException("role", "ecosystems.role.leader-by-handover");
		}
		if (membership.getRole() == role) {
			return;
		}
		membership.changeRole(role);
		this.guards.flush(membership, "ecosystems.decision.already-decided");
		this.events.publishEvent(new MemberRoleChanged(ecosystemId, companyId, role, coordinator.id()));
	}

	/** Takes a coordinator off (the caller themselves included), never the last one. */
	@Transactional
	public void removeCoordinator(CoopexUser coordinator, long ecosystemId, long userId) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		ecosystem.removeCoordinator(userId);
		this.events.publishEvent(new CoordinatorRemoved(ecosystemId, userId, coordinator.id()));
	}

	/** The people who coordinate, for the coordinators' console. */
	@Transactional(readOnly = true)
	public List<Coordinator> coordinators(CoopexUser coordinator, long ecosystemId) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		return ecosystem.getCoordinators()
			.stream()
			.sorted()
			.map(this.accounts::find)
			.flatMap(java.util.Optional::stream)
			.map((person) -> new Coordinator(person.id(), person.displayName(), person.organisationName()))
			.toList();
	}

}
