package fr.coopex.ecosystems;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.CoordinationHandover.Candidate;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Lists where coordination may be handed: coordination bodies, or active member
 * companies.
 */
@Component
class HandoverCandidates {

	private final Memberships memberships;

	private final EcosystemGuards guards;

	private final AccountManagement accounts;

	private final CompanyManagement companies;

	HandoverCandidates(Memberships memberships, EcosystemGuards guards, AccountManagement accounts,
			CompanyManagement companies) {
		this.memberships = memberships;
		this.guards = guards;
		this.accounts = accounts;
		this.companies = companies;
	}

	/**
	 * Where coordination may go: the coordination bodies when a firm leads, the active
	 * member companies when a body coordinates.
	 */
	List<Candidate> candidates(CoopexUser coordinator, long ecosystemId) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		if (ecosystem.getCoordination() == Coordination.LEADER_FIRM) {
			Map<Long, String> bodies = new TreeMap<>();
			for (AccountView person : this.accounts.withRole(Role.COORDINATOR)) {
				if (person.organisationKind() == OrganisationKind.COORDINATION_BODY) {
					bodies.putIfAbsent(person.organisationId(), person.organisationName());
				}
			}
			return sorted(bodies);
		}
		Map<Long, String> firms = new TreeMap<>();
		this.companies
			.cards(coordinator,
					this.memberships.findByEcosystemIdAndStatusOrderByRequestedAt(ecosystemId, MembershipStatus.ACTIVE)
						.stream()
						.map(Membership::getCompanyId)
						.toList())
			.forEach((id, card) -> firms.put(id, card.displayName()));
		return sorted(firms);
	}

	private static List<Candidate> sorted(Map<Long, String> organisations) {
		return organisations.entrySet()
			.stream()
			.map((e) -> new Candidate(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
