package fr.coopex.ecosystems;

import java.time.Instant;
import java.util.List;

import fr.coopex.accounts.Scope;
import fr.coopex.companies.CompanyCard;

/**
 * An ecosystem as one viewer sees it. Pending requests and invitations are filled for
 * coordinators only; members and coordinators get the member list and the coopetition map
 * from {@link CoopetitionMaps#of}. {@code coordinationBodyScope} is where the third-party
 * coordination body acts (null when a firm leads or no scope is known).
 */
public record EcosystemDetail(EcosystemSummary summary, String charter, List<String> coordinatorNames,
		String coordinationBodyName, Scope coordinationBodyScope, ViewerRelation relation, MembershipStatus ownStatus,
		String ownDecisionReason, boolean charterToAccept, List<PendingRequest> pending, List<Member> invited) {

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
