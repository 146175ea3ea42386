package fr.coopex.ecosystems;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemDetail.ViewerRelation;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The checks every operation of the module starts with: the ecosystem exists, the caller
 * coordinates it, the caller's company has a membership in it.
 */
@Component
class EcosystemGuards {

	private final Ecosystems ecosystems;

	private final Memberships memberships;

	EcosystemGuards(Ecosystems ecosystems, Memberships memberships) {
		this.ecosystems = ecosystems;
		this.memberships = memberships;
	}

	Ecosystem visible(long ecosystemId) {
		return this.ecosystems.findById(ecosystemId).orElseThrow(EcosystemNotFoundException::new);
	}

	Ecosystem coordinated(CoopexUser user, long ecosystemId) {
		Ecosystem ecosystem = visible(ecosystemId);
		if (user == null || !ecosystem.isCoordinatedBy(user.id())) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
		return ecosystem;
	}

	/** The membership of the caller's company, whatever its status. */
	Membership own(CoopexUser member, long ecosystemId) {
		requireCompanyMember(member);
		visible(ecosystemId);
		return this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, member.organisationId())
			.orElseThrow(() -> new EcosystemException(null, "ecosystems.leave.not-member"));
	}

	/** A membership of this ecosystem, by id. */
	Membership request(long ecosystemId, long membershipId) {
		return this.memberships.findById(membershipId)
			.filter((m) -> m.getEcosystemId() == ecosystemId)
			.orElseThrow(EcosystemNotFoundException::new);
	}

	ViewerRelation relation(CoopexUser viewer, Ecosystem ecosystem) {
		if (viewer == null) {
			return ViewerRelation.OUTSIDER;
		}
		if (ecosystem.isCoordinatedBy(viewer.id())) {
			return ViewerRelation.COORDINATOR;
		}
		if (viewer.role() == Role.MEMBER && isActive(ecosystem.getId(), viewer.organisationId())) {
			return ViewerRelation.MEMBER;
		}
		return ViewerRelation.OUTSIDER;
	}

	/**
	 * Checks that the viewer is a member or a coordinator of the ecosystem.
	 * @throws EcosystemNotFoundException for anyone else
	 */
	void requireInsider(CoopexUser viewer, long ecosystemId) {
		if (relation(viewer, visible(ecosystemId)) == ViewerRelation.OUTSIDER) {
			throw new EcosystemNotFoundException();
		}
	}

	/**
	 * Checks that the person is of an active member company (a leader firm's person who
	 * coordinates included): it answers meetings and votes for its company.
	 * @throws EcosystemNotFoundException for anyone else
	 */
	void requireMemberCompany(CoopexUser person, long ecosystemId) {
		visible(ecosystemId);
		if (!isMemberCompany(person, ecosystemId)) {
			throw new EcosystemNotFoundException();
		}
	}

	boolean isMemberCompany(CoopexUser person, long ecosystemId) {
		return person != null && person.role() == Role.MEMBER && isActive(ecosystemId, person.organisationId());
	}

	boolean isActive(long ecosystemId, long companyId) {
		return this.memberships.existsByEcosystemIdAndCompanyIdAndStatus(ecosystemId, companyId,
				MembershipStatus.ACTIVE);
	}

	/**
	 * Writes a change now, so that one made meanwhile by someone else is told in words.
	 */
	void flush(Membership membership, String messageKeyWhenRaced) {
		try {
			this.memberships.saveAndFlush(membership);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new EcosystemException(null, messageKeyWhenRaced);
		}
	}

	static void requireCompanyMember(CoopexUser user) {
		if (user == null || user.role() != Role.MEMBER) {
			throw new AccessDeniedException("Only companies join ecosystems");
		}
	}

}
