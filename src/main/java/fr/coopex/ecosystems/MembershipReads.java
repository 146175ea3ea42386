package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemDetail.ViewerRelation;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Who is in which ecosystem, for the other pages of this module and for other modules:
 * summaries, members and coordinators (how a person stands with ecosystems:
 * {@link StandingReads}).
 */
@Service
@Transactional(readOnly = true)
class MembershipReads {

	static final List<MembershipStatus> OPEN = List.of(MembershipStatus.ACTIVE, MembershipStatus.REQUESTED,
			MembershipStatus.INVITED);

	private final Ecosystems ecosystems;

	private final Memberships memberships;

	private final EcosystemGuards guards;

	MembershipReads(Ecosystems ecosystems, Memberships memberships, EcosystemGuards guards) {
		this.ecosystems = ecosystems;
		this.memberships = memberships;
		this.guards = guards;
	}

	public EcosystemSummary summary(long ecosystemId) {
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		return EcosystemSummary.of(ecosystem, activeCount(ecosystemId));
	}

	public long requireInsider(CoopexUser viewer, long ecosystemId) {
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		if (this.guards.relation(viewer, ecosystem) == ViewerRelation.OUTSIDER) {
			throw new EcosystemNotFoundException();
		}
		return activeCount(ecosystemId);
	}

	public Map<Long, MembershipRole> activeRoles(long ecosystemId) {
		Map<Long, MembershipRole> roles = new LinkedHashMap<>();
		active(ecosystemId).forEach((m) -> roles.put(m.getCompanyId(), m.getRole()));
		return roles;
	}

	public List<Long> coordinatorIds(long ecosystemId) {
		return this.ecosystems.findById(ecosystemId).map((e) -> List.copyOf(e.getCoordinators())).orElse(List.of());
	}

	public List<Long> activeCompanyIds(long ecosystemId) {
		return active(ecosystemId).stream().map(Membership::getCompanyId).toList();
	}

	public boolean isCoordinator(CoopexUser user, long ecosystemId) {
		// one small query rather than the ecosystem and its collections
		return user != null && this.ecosystems.isCoordinatedBy(ecosystemId, user.id());
	}

	public List<EcosystemSummary> mine(CoopexUser user) {
		Set<Long> ids = new HashSet<>(this.ecosystems.idsCoordinatedBy(user.id()));
		if (user.role() == Role.MEMBER) {
			this.memberships.findByCompanyIdAndStatusIn(user.organisationId(), OPEN)
				.forEach((m) -> ids.add(m.getEcosystemId()));
		}
		return summaries(ids);
	}

	/** The ecosystems this person coordinates, by id. */
	public List<EcosystemSummary> coordinated(CoopexUser user) {
		return summaries(new TreeSet<>(this.ecosystems.idsCoordinatedBy(user.id())));
	}

	/** The names of the ecosystems a company is an active member of, by name. */
	public List<String> activeEcosystemNames(long companyId) {
		Set<Long> ids = new HashSet<>();
		this.memberships.findByCompanyIdAndStatusIn(companyId, List.of(MembershipStatus.ACTIVE))
			.forEach((m) -> ids.add(m.getEcosystemId()));
		return summaries(ids).stream().map(EcosystemSummary::name).sorted().toList();
	}

	/** The summaries of these ecosystems, in the order of the ids. */
	public List<EcosystemSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.memberships.countActive(ids)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		Map<Long, Ecosystem> found = new HashMap<>();
		this.ecosystems.findAllById(ids).forEach((e) -> found.put(e.getId(), e));
		List<EcosystemSummary> result = new ArrayList<>();
		for (Long id : ids) {
			Ecosystem e = found.get(id);
			if (e != null) {
				result.add(EcosystemSummary.of(e, counts.getOrDefault(id, 0L)));
			}
		}
		return result;
	}

	/** The companies whose ecosystem-level fields this person sees. */
	public Set<Long> neighbours(CoopexUser viewer) {
		Set<Long> companies = new HashSet<>();
		if (viewer.role() == Role.MEMBER) {
			companies.addAll(this.memberships.companiesSharingAnEcosystemWith(viewer.organisationId()));
		}
		if (viewer.role() == Role.MEMBER || viewer.role() == Role.COORDINATOR) {
			companies.addAll(this.memberships.companiesInEcosystemsCoordinatedBy(viewer.id()));
		}
		return companies;
	}

	private long activeCount(long ecosystemId) {
		return this.memberships.countByEcosystemIdAndStatus(ecosystemId, MembershipStatus.ACTIVE);
	}

	private List<Membership> active(long ecosystemId) {
		return this.memberships.findByEcosystemIdAndStatusOrderByRequestedAt(ecosystemId, MembershipStatus.ACTIVE);
	}

}
