package fr.coopex.ecosystems;

import java.time.Instant;
import java.util.List;

import fr.coopex.companies.CompanyCard;

/**
 * An ecosystem as one viewer sees it. The member list is filled for members and
 * coordinators only; pending requests for coordinators only.
 */
public record EcosystemDetail(EcosystemSummary summary, String charter, List<String> coordinatorNames,
		String coordinationBodyName, ViewerRelation relation, MembershipStatus ownStatus, String ownDecisionReason,
		boolean charterToAccept, List<Member> members, List<PendingRequest> pending, List<Member> invited) {

	/** How the viewer stands with the ecosystem. */
	public enum ViewerRelation {

		COORDINATOR, MEMBER, OUTSIDER

	}

	public record Member(long companyId, CompanyCard company, MembershipRole role) {
	}

	public record PendingRequest(long membershipId, long companyId, CompanyCard company, String message,
			Instant requestedAt) {
	}

	public boolean canSeeMembers() {
		return this.relation != ViewerRelation.OUTSIDER;
	}

	public boolean isCoordinator() {
		return this.relation == ViewerRelation.COORDINATOR;
	}

}
