package fr.coopex.aids;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * What the signed-in home page needs of the aids: for a company, a few open aids it is
 * eligible for (the catalogue's own matching) and the aids it follows that close soon;
 * for an agency officer, the aids of their agency due for re-verification.
 */
@Service
@Transactional(readOnly = true)
public class AidHomeFacts {

	/** How old a verification may be before the aid is due for another. */
	public static final int REVERIFY_AFTER_MONTHS = 12;

	private final AidCatalogue catalogue;

	private final AidFollowing following;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AidHomeFacts(AidCatalogue catalogue, AidFollowing following, JdbcTemplate jdbc, Clock clock) {
		this.catalogue = catalogue;
		this.following = following;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An aid of the agency to verify again. */
	public record ToVerify(long id, String name, LocalDate lastVerified) {
	}

	/**
	 * Up to {@code limit} open aids the member's company is eligible for, best fit first.
	 */
	public List<AidView> eligible(CoopexUser member, int limit) {
		if (member == null || member.role() != Role.MEMBER) {
			return List.of();
		}
		return this.catalogue.bestEligible(member, limit);
	}

	/** The aids the member follows that close within {@code days} days, soonest first. */
	public List<AidView> followedClosing(CoopexUser member, int days) {
		if (member == null || member.role() != Role.MEMBER) {
			return List.of();
		}
		LocalDate today = today();
		return this.following.saved(member)
			.stream()
			.filter((a) -> a.data().closesOn() != null && !a.data().closesOn().isBefore(today)
					&& !a.data().closesOn().isAfter(today.plusDays(days)))
			.toList();
	}

	/**
	 * The aids the officer's agency curates whose last verification is older than
	 * {@value #REVERIFY_AFTER_MONTHS} months (or never made), oldest first, at most
	 * {@code limit}.
	 */
	public List<ToVerify> dueForReverification(CoopexUser officer, int limit) {
		if (officer == null || officer.role() != Role.AGENCY) {
			return List.of();
		}
		return this.jdbc.query(
				"select id, name, last_verified from aid where agency_id = ? "
						+ "and (last_verified is null or last_verified < ?) "
						+ "order by last_verified nulls first, id limit ?",
				(rs, i) -> new ToVerify(rs.getLong(1), rs.getString(2),
						rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()),
				officer.organisationId(), Date.valueOf(today().minusMonths(REVERIFY_AFTER_MONTHS)), limit);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

}
