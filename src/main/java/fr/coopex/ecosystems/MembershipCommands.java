package fr.coopex.ecosystems;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemEvents.JoinRequested;
import fr.coopex.ecosystems.EcosystemEvents.MemberInvited;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.ecosystems.EcosystemEvents.MembershipRejected;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Joining and leaving: requests, invitations, the coordinators' decisions, the charter
 * accepted. The rules are described on {@link EcosystemManagement}.
 */
@Service
class MembershipCommands {

	private static final String ALREADY_DECIDED = "ecosystems.decision.already-decided";

	private final Ecosystems ecosystems;

	private final Memberships memberships;

	private final EcosystemGuards guards;

	private final CompanyManagement companies;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MembershipCommands(Ecosystems ecosystems, Memberships memberships, EcosystemGuards guards,
			CompanyManagement companies, AccountManagement accounts, ApplicationEventPublisher events, Clock clock) {
		this.ecosystems = ecosystems;
		this.memberships = memberships;
		this.guards = guards;
		this.companies = companies;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void requestToJoin(CoopexUser member, long ecosystemId, String message, boolean charterAccepted) {
		EcosystemGuards.requireCompanyMember(member);
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		if (!ecosystem.acceptsRequests()) {
			throw new EcosystemException(null, "ecosystems.join.closed");
		}
		requireCharter(ecosystem, charterAccepted);
		Membership membership = existing(ecosystemId, member.organisationId());
		membership.request(message == null || message.isBlank() ? null : message.strip(), member.id(),
				ecosystem.getCharterVersion(), this.clock.instant());
		membership = saveNew(membership);
		this.events.publishEvent(new JoinRequested(ecosystemId, ecosystem.getName(), member.organisationId(),
				member.organisationName(), membership.getId()));
	}

	@Transactional
	public void withdraw(CoopexUser member, long ecosystemId) {
		Membership membership = this.guards.own(member, ecosystemId);
		membership.withdraw(this.clock.instant());
		this.guards.flush(membership, ALREADY_DECIDED);
		ended(member, ecosystemId, MembershipStatus.WITHDRAWN);
	}

	@Transactional
	public void invite(CoopexUser coordinator, long ecosystemId, long companyId, MembershipRole role) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		if (this.companies.card(coordinator, companyId).isEmpty()) {
			throw new EcosystemException("siren", "ecosystems.invite.unknown-company");
		}
		Membership membership = existing(ecosystemId, companyId);
		membership.invite(notLeader(role), coordinator.id(), this.clock.instant());
		saveNew(membership);
		this.events.publishEvent(new MemberInvited(ecosystemId, ecosystem.getName(), companyId));
	}

	@Transactional
	public void acceptInvitation(CoopexUser member, long ecosystemId, boolean charterAccepted) {
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		requireCharter(ecosystem, charterAccepted);
		this.guards.own(member, ecosystemId)
			.acceptInvitation(member.id(), ecosystem.getCharterVersion(), this.clock.instant());
		this.events.publishEvent(
				new MembershipApproved(ecosystemId, ecosystem.getName(), member.organisationId(), member.id()));
	}

	@Transactional
	public void declineInvitation(CoopexUser member, long ecosystemId) {
		this.guards.own(member, ecosystemId).declineInvitation(member.id(), this.clock.instant());
		ended(member, ecosystemId, MembershipStatus.DECLINED);
	}

	@Transactional
	public void approve(CoopexUser coordinator, long ecosystemId, long membershipId, MembershipRole role) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		Membership membership = this.guards.request(ecosystemId, membershipId);
		membership.approve(notLeader(role), coordinator.id(), this.clock.instant());
		this.guards.flush(membership, ALREADY_DECIDED);
		this.events.publishEvent(
				new MembershipApproved(ecosystemId, ecosystem.getName(), membership.getCompanyId(), coordinator.id()));
	}

	@Transactional
	public int approveAll(CoopexUser coordinator, long ecosystemId) {
		this.guards.coordinated(coordinator, ecosystemId);
		List<Membership> requested = this.memberships.findByEcosystemIdAndStatusOrderByRequestedAt(ecosystemId,
				MembershipStatus.REQUESTED);
		for (Membership membership : requested) {
			approve(coordinator, ecosystemId, membership.getId(), MembershipRole.MEMBER);
		}
		return requested.size();
	}

	@Transactional
	public void reject(CoopexUser coordinator, long ecosystemId, long membershipId, String reason) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		if (reason == null || reason.isBlank()) {
			throw new EcosystemException("reason", "ecosystems.decision.reason-required");
		}
		Membership membership = this.guards.request(ecosystemId, membershipId);
		membership.reject(reason.strip(), coordinator.id(), this.clock.instant());
		this.guards.flush(membership, ALREADY_DECIDED);
		this.events.publishEvent(new MembershipRejected(ecosystemId, ecosystem.getName(), membership.getCompanyId(),
				reason.strip(), coordinator.id()));
	}

	@Transactional
	public void leave(CoopexUser member, long ecosystemId) {
		Membership membership = this.guards.own(member, ecosystemId);
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		membership.leave(this.clock.instant());
		Set<Long> firmCoordinators = coordinatorsOf(ecosystem, member.organisationId());
		if (!firmCoordinators.isEmpty() && firmCoordinators.containsAll(ecosystem.getCoordinators())) {
			throw new EcosystemException(null, "ecosystems.leave.hand-over-first");
		}
		this.guards.flush(membership, "ecosystems.leave.not-member");
		if (!firmCoordinators.isEmpty()) {
			ecosystem.removeCoordinators(firmCoordinators);
			this.ecosystems.flush();
		}
		ended(member, ecosystemId, MembershipStatus.LEFT);
	}

	@Transactional
	public void acceptCharter(CoopexUser member, long ecosystemId) {
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		this.guards.own(member, ecosystemId).acceptCharter(ecosystem.getCharterVersion());
	}

	private void ended(CoopexUser member, long ecosystemId, MembershipStatus how) {
		this.events.publishEvent(new MembershipEnded(ecosystemId, member.organisationId(), how,
				this.guards.visible(ecosystemId).getName(), member.organisationName()));
	}

	/** The people of a company who coordinate an ecosystem. */
	Set<Long> coordinatorsOf(Ecosystem ecosystem, long companyId) {
		Set<Long> coordinators = ecosystem.getCoordinators();
		Set<Long> found = new HashSet<>();
		for (AccountView person : this.accounts.members(companyId)) {
			if (person.role() == Role.MEMBER && coordinators.contains(person.id())) {
				found.add(person.id());
			}
		}
		return found;
	}

	private Membership existing(long ecosystemId, long companyId) {
		return this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, companyId)
			.orElseGet(() -> new Membership(ecosystemId, companyId));
	}

	/** Saves a new request or invitation; one made meanwhile by someone else wins. */
	private Membership saveNew(Membership membership) {
		try {
			return this.memberships.saveAndFlush(membership);
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
			throw new EcosystemException(null, "ecosystems.join.already-pending");
		}
	}

	private static void requireCharter(Ecosystem ecosystem, boolean charterAccepted) {
		if (ecosystem.getCharterVersion() > 0 && !charterAccepted) {
			throw new EcosystemException("acceptCharter", "ecosystems.join.charter-required");
		}
	}

	/** Only the founding firm leads: anyone else is let in as a member at most. */
	private static MembershipRole notLeader(MembershipRole role) {
		return role == MembershipRole.LEADER ? MembershipRole.MEMBER : role;
	}

}
