package fr.coopex.companies;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * A company's consent to be counted, anonymously, in the agencies' statistics with every
 * field of its profile, the private ones included. Off until the company says yes; asked
 * once, with a plain explanation, and changed at any time. Without it, only the fields
 * the company shows beyond its own people count ({@link StatisticalProfiles}).
 */
@Service
public class StatisticsConsent {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StatisticsConsent(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The company's answer; empty while it has not been asked. */
	@Transactional(readOnly = true)
	public Optional<Boolean> answer(long companyId) {
		List<Boolean> answers = this.jdbc.queryForList(
				"select consented from company_statistics_consent where company_id = ?", Boolean.class, companyId);
		return answers.stream().findFirst();
	}

	/** The member's company answers (or changes its answer). */
	@Transactional
	public void answer(CoopexUser member, boolean consented) {
		if (member == null || member.role() != Role.MEMBER) {
			throw new AccessDeniedException("Only a company's people answer for it");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		if (this.jdbc.update(
				"update company_statistics_consent set consented = ?, answered_by = ?, answered_at = ? where company_id = ?",
				consented, member.id(), now, member.organisationId()) == 0) {
			this.jdbc.update(
					"insert into company_statistics_consent (company_id, consented, answered_by, answered_at) values (?, ?, ?, ?)",
					member.organisationId(), consented, member.id(), now);
		}
	}

}
