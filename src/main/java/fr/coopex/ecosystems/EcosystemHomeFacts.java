package fr.coopex.ecosystems;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * What the signed-in home page needs of the ecosystems, one query per question: a
 * company's own memberships on their way in or waiting for it to accept a new charter,
 * and, per ecosystem a person coordinates, what waits for a decision. Never another
 * company's private data: a coordinator gets counts of its own ecosystems' memberships.
 */
@Service
@Transactional(readOnly = true)
public class EcosystemHomeFacts {

	private final JdbcTemplate jdbc;

	EcosystemHomeFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One of the company's memberships that are open (asked, invited or active).
	 *
	 * @param charterToAccept whether the company is active but has not accepted the
	 * current charter version
	 */
	public record OwnMembership(long ecosystemId, String ecosystemName, MembershipStatus status,
			boolean charterToAccept) {

		public boolean pending() {
			return this.status == MembershipStatus.REQUESTED;
		}

		public boolean invited() {
			return this.status == MembershipStatus.INVITED;
		}

		public boolean active() {
			return this.status == MembershipStatus.ACTIVE;
		}

	}

	/** An ecosystem this person coordinates, with the counts of what waits for them. */
	public record Coordinated(long id, String name, int requests, int invitations, int charterNotAccepted) {
	}

	/** The open memberships of the member's own company, by ecosystem name. */
	public List<OwnMembership> memberships(CoopexUser member) {
		if (member == null || member.role() != Role.MEMBER) {
			return List.of();
		}
		return this.jdbc.query("select e.id, e.name, m.status, " + "(m.status = 'ACTIVE' and e.charter_version > 0 "
				+ "and coalesce(m.charter_version_accepted, 0) < e.charter_version) as charter_due "
				+ "from ecosystem_membership m join ecosystem e on e.id = m.ecosystem_id "
				+ "where m.company_id = ? and m.status in ('REQUESTED', 'INVITED', 'ACTIVE') order by e.name, e.id",
				(rs, i) -> new OwnMembership(rs.getLong(1), rs.getString(2), MembershipStatus.valueOf(rs.getString(3)),
						rs.getBoolean(4)),
				member.organisationId());
	}

	/** The ecosystems this person coordinates (whatever their role), by name. */
	public List<Coordinated> coordinated(CoopexUser user) {
		if (user == null) {
			return List.of();
		}
		return this.jdbc.query(
				"select e.id, e.name, " + "coalesce(sum(case when m.status = 'REQUESTED' then 1 else 0 end), 0), "
						+ "coalesce(sum(case when m.status = 'INVITED' then 1 else 0 end), 0), "
						+ "coalesce(sum(case when m.status = 'ACTIVE' and e.charter_version > 0 "
						+ "and coalesce(m.charter_version_accepted, 0) < e.charter_version then 1 else 0 end), 0) "
						+ "from ecosystem e join ecosystem_coordinator c on c.ecosystem_id = e.id and c.user_id = ? "
						+ "left join ecosystem_membership m on m.ecosystem_id = e.id "
						+ "group by e.id, e.name order by e.name, e.id",
				(rs, i) -> new Coordinated(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
				user.id());
	}

}
