package fr.coopex.ecosystems;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

	/**
	 * The ecosystems this person coordinates or their company is an active member of, in
	 * one query whatever their number.
	 */
	public Insiders insiders(CoopexUser viewer) {
		if (viewer == null) {
			return Insiders.NONE;
		}
		long company = (viewer.role() == Role.MEMBER) ? viewer.organisationId() : -1;
		Map<Long, String> names = new LinkedHashMap<>();
		Set<Long> coordinated = new HashSet<>();
		this.jdbc.query("select e.id, e.name, "
				+ "exists (select 1 from ecosystem_coordinator c where c.ecosystem_id = e.id and c.user_id = ?) "
				+ "from ecosystem e where e.id in (select c.ecosystem_id from ecosystem_coordinator c where c.user_id = ?) "
				+ "or e.id in (select m.ecosystem_id from ecosystem_membership m where m.company_id = ? "
				+ "and m.status = 'ACTIVE') order by e.id", (rs) -> {
					names.put(rs.getLong(1), rs.getString(2));
					if (rs.getBoolean(3)) {
						coordinated.add(rs.getLong(1));
					}
				}, viewer.id(), viewer.id(), company);
		return names.isEmpty() ? Insiders.NONE
				: new Insiders(Collections.unmodifiableMap(names), Set.copyOf(coordinated));
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
