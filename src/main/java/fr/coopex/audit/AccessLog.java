package fr.coopex.audit;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.OrganisationManagement.OrganisationDetails;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.DataAccessed;
import fr.coopex.shared.security.Role;

/**
 * Each company's log of who opened its non-public data ("who saw my data"): one line per
 * organisation, day (Europe/Paris) and kind of access, with the number of visits, kept 12
 * months. PostgreSQL lets a line only count one more visit, and be deleted only once it
 * is older than 12 months, by {@link #purge()}. Reading the log records nothing.
 */
@Service
public class AccessLog {

	/** How long lines are kept. */
	static final int MONTHS_KEPT = 12;

	private final JdbcTemplate jdbc;

	private final OrganisationManagement organisations;

	private final Clock clock;

	AccessLog(JdbcTemplate jdbc, OrganisationManagement organisations, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Counts one access, at once and in its own transaction (the read that publishes it
	 * may be read-only); a null access (the company's own) counts nothing.
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(DataAccessed access) {
		if (access == null) {
			return;
		}
		Date day = Date.valueOf(LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS)));
		Object[] key = { access.companyId(), day, access.viewerOrganisationId(), access.kind().name() };
		if (count(key) == 0) {
			try {
				this.jdbc.update("insert into company_access (company_id, access_day, organisation_id, kind, visits) "
						+ "values (?, ?, ?, ?, 1)", key);
			}
			catch (DuplicateKeyException raced) {
				count(key);
			}
		}
	}

	private int count(Object[] key) {
		return this.jdbc.update("update company_access set visits = visits + 1 "
				+ "where company_id = ? and access_day = ? and organisation_id = ? and kind = ?", key);
	}

	/**
	 * The log of the reader's own company, newest day first.
	 * @throws AccessDeniedException for anyone but the people of a company
	 */
	@Transactional(readOnly = true)
	public List<AccessLine> ofOwnCompany(CoopexUser reader) {
		if (reader == null || reader.role() != Role.MEMBER) {
			throw new AccessDeniedException("Only a company's people read its access log");
		}
		Map<Long, Optional<OrganisationDetails>> names = new HashMap<>();
		return this.jdbc.query("""
				select access_day, organisation_id, kind, visits from company_access
				where company_id = ? and access_day >= ?
				order by access_day desc, organisation_id, kind
				""", (rs, i) -> {
			Optional<OrganisationDetails> organisation = names.computeIfAbsent(rs.getLong(2),
					this.organisations::details);
			return new AccessLine(rs.getDate(1).toLocalDate(),
					organisation.map(OrganisationDetails::name).orElse("#" + rs.getLong(2)),
					organisation.map(OrganisationDetails::kind).orElse(null),
					DataAccessed.Kind.valueOf(rs.getString(3)), rs.getInt(4));
		}, reader.organisationId(), Date.valueOf(oldestKept()));
	}

	/**
	 * Every night, once across instances: deletes the lines older than 12 months, the
	 * only deletion the log knows.
	 * @return how many lines were deleted ({@code null} when another instance holds the
	 * lock or ran it less than a minute ago)
	 */
	@Scheduled(cron = "${coopex.audit.access-purge-cron:0 15 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "audit-access-purge", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	@Transactional
	public Integer purge() {
		return this.jdbc.update("delete from company_access where access_day < ?", Date.valueOf(oldestKept()));
	}

	private LocalDate oldestKept() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS)).minusMonths(MONTHS_KEPT);
	}

}
