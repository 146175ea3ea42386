package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.CoordinationEvents.CoordinatorRemoved;
import fr.coopex.ecosystems.CoordinationEvents.MemberRemoved;
import fr.coopex.ecosystems.CoordinationEvents.MemberRoleChanged;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
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

	private final Memberships memberships;

	private final MembershipCommands joining;

	private final List<MemberDeparture> departures;

	private final CompanyManagement companies;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MemberGovernance(EcosystemGuards guards, Memberships memberships, MembershipCommands joining,
			List<MemberDeparture> departures, CompanyManagement companies, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.guards = guards;
		this.memberships = memberships;
		this.joining = joining;
		this.departures = departures;
		this.companies = companies;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
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

	@Transactional
	public void remove(CoopexUser coordinator, long ecosystemId, long companyId, String reason) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		if (reason == null || reason.isBlank()) {
			throw new EcosystemException("reason", "ecosystems.remove.reason-required");
		}
		if (reason.strip().length() > REASON_LENGTH) {
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

	@Transactional
	public void changeRole(CoopexUser coordinator, long ecosystemId, long companyId, MembershipRole role) {
		this.guards.coordinated(coordinator, ecosystemId);
		Membership membership = active(ecosystemId, companyId);
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

	private Membership active(long ecosystemId, long companyId) {
		return this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, companyId)
			.filter((m) -> m.getStatus() == MembershipStatus.ACTIVE)
			.orElseThrow(EcosystemNotFoundException::new);
	}

}
