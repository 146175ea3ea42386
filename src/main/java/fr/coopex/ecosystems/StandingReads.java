package fr.coopex.ecosystems;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/** How a person stands with one ecosystem, or with each of a list of ecosystems. */
@Service
@Transactional(readOnly = true)
class StandingReads {

	private final Ecosystems ecosystems;

	private final Memberships memberships;

	private final JdbcTemplate jdbc;

	StandingReads(Ecosystems ecosystems, Memberships memberships, JdbcTemplate jdbc) {
		this.ecosystems = ecosystems;
		this.memberships = memberships;
		this.jdbc = jdbc;
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

	public ListStandings standings(CoopexUser viewer, Collection<Long> ecosystemIds) {
		if (viewer == null || ecosystemIds.isEmpty()) {
			return ListStandings.NONE;
		}
		Set<Long> coordinated = new HashSet<>(this.ecosystems.idsCoordinatedBy(viewer.id()));
		coordinated.retainAll(ecosystemIds);
		Map<Long, MembershipStatus> company = new HashMap<>();
		if (viewer.role() == Role.MEMBER) {
			this.memberships.findByCompanyIdAndStatusIn(viewer.organisationId(), MembershipReads.OPEN)
				.stream()
				.filter((m) -> ecosystemIds.contains(m.getEcosystemId()))
				.forEach((m) -> company.put(m.getEcosystemId(), m.getStatus()));
		}
		return new ListStandings(Set.copyOf(coordinated), Map.copyOf(company));
	}

}
