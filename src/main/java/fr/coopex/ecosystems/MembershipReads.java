package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemDetail.ViewerRelation;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Who is in which ecosystem, for the other pages of this module and for other modules:
 * summaries, members, coordinators, and how a person stands with ecosystems.
 */
@Service
@Transactional(readOnly = true)
class MembershipReads {

	private static final List<MembershipStatus> OPEN = List.of(MembershipStatus.ACTIVE, MembershipStatus.REQUESTED,
			MembershipStatus.INVITED);

	private final Ecosystems ecosystems;

	private final Memberships memberships;

	private final EcosystemGuards guards;

	private final JdbcTemplate jdbc;

	MembershipReads(Ecosystems ecosystems, Memberships memberships, EcosystemGuards guards, JdbcTemplate jdbc) {
		this.ecosystems = ecosystems;
		this.memberships = memberships;
		this.guards = guards;
		this.jdbc = jdbc;
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

	public Standing standing(CoopexUser viewer, long ecosystemId) {
		long user = (viewer != null) ? viewer.id() : -1;
		long company = (viewer != null && viewer.role() == Role.MEMBER) ? viewer.organisationId() : -1;
		return this.jdbc
			.query("select e.name, "
					+ "exists (select 1 from ecosystem_coordinator c where c.ecosystem_id = e.id and c.user_id = ?), "
					+ "exists (select 1 from ecosystem_membership m where m.ecosystem_id = e.id and m.company_id = ? "
					+ "and m.status = 'ACTIVE') from ecosystem e where e.id = ?",
					(rs, i) -> new Standing(rs.getBoolean(2), rs.getBoolean(3), rs.getString(1)), user, company,
					ecosystemId)
			.stream()
			.findFirst()
			.orElse(new Standing(false, false, null));
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

	/** The names of the ecosystems a company is an active member of, by name. */
	public List<String> activeEcosystemNames(long companyId) {
		Set<Long> ids = new HashSet<>();
		this.memberships.findByCompanyIdAndStatusIn(companyId, List.of(MembershipStatus.ACTIVE))
			.forEach((m) -> ids.add(m.getEcosystemId()));
		return summaries(ids).stream().map(EcosystemSummary::name).sorted().toList();
	}

	public ListStandings standings(CoopexUser viewer, Collection<Long> ecosystemIds) {
		if (viewer == null || ecosystemIds.isEmpty()) {
			return ListStandings.NONE;
		}
		Set<Long> coordinated = new HashSet<>(this.ecosystems.idsCoordinatedBy(viewer.id()));
		coordinated.retainAll(ecosystemIds);
		Map<Long, MembershipStatus> company = new HashMap<>();
		if (viewer.role() == Role.MEMBER) {
			this.memberships.findByCompanyIdAndStatusIn(viewer.organisationId(), OPEN)
				.stream()
				.filter((m) -> ecosystemIds.contains(m.getEcosystemId()))
				.forEach((m) -> company.put(m.getEcosystemId(), m.getStatus()));
		}
		return new ListStandings(Set.copyOf(coordinated), Map.copyOf(company));
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
