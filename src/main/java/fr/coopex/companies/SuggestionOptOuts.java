package fr.coopex.companies;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Keeps the companies that asked not to be suggested to others.
 */
@Component
class SuggestionOptOuts {

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SuggestionOptOuts(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the company accepts to be suggested to others. */
	boolean suggestible(long companyId) {
		return this.jdbc
			.queryForList("select company_id from company_suggestion_opt_out where company_id = :id",
					Map.of("id", companyId), Long.class)
			.isEmpty();
	}

	/** The member's company accepts, or no longer accepts, to be suggested. */
	void setSuggestible(CoopexUser member, boolean suggestible) {
		long companyId = member.organisationId();
		if (!member.hasRole(Role.MEMBER)) {
			throw new CompanyException(null, "companies.not-a-company");
		}
		this.jdbc.update("delete from company_suggestion_opt_out where company_id = :id", Map.of("id", companyId));
		if (!suggestible) {
			this.jdbc.update("insert into company_suggestion_opt_out (company_id, since) values (:id, :since)",
					new MapSqlParameterSource("id", companyId).addValue("since", Timestamp.from(this.clock.instant())));
		}
		this.events.publishEvent(new PartnerSearch.SuggestionSettingChanged(companyId, suggestible));
	}

}
