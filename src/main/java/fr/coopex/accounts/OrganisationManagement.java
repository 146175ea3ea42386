package fr.coopex.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationEvents.OrganisationCreated;
import fr.coopex.accounts.OrganisationEvents.OrganisationScopeChanged;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.validation.SirenValidator;
import fr.coopex.shared.validation.SiretValidator;
import fr.coopex.shared.web.Text;

/**
 * Coordination bodies and agencies: their creation by an admin (directly or from a
 * request), where they act (an agency's jurisdiction and the operators whose aids it
 * curates; a coordination body's scope), and the admin's list of every organisation.
 */
@Service
public class OrganisationManagement {

	private final Organisations organisations;

	private final Invitations invitations;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrganisationRules rules;

	private final OrganisationSearch search;

	OrganisationManagement(Organisations organisations, Invitations invitations, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock, OrganisationRules rules, OrganisationSearch search) {
		this.organisations = organisations;
		this.rules = rules;
		this.search = search;
		this.invitations = invitations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What describes a coordination body or an agency.
	 *
	 * @param category for coordination bodies only
	 * @param siret 14 digits, or null when the body gives another identifier
	 * @param otherIdentifier the identifier of a public body without SIRET
	 */
	public record OrganisationDraft(OrganisationKind kind, CoordinationCategory category, String name, String siret,
			String otherIdentifier, Scope scope, String website) {
	}

	/** One line of the admin's list of organisations. */
	public record OrganisationSummary(long id, OrganisationKind kind, String category, String name, Scope scope,
			int people, Instant createdAt) {
	}

	/** An organisation as its pages show it. */
	public record OrganisationDetails(long id, OrganisationKind kind, String category, String name, String siret,
			String otherIdentifier, String website, Scope scope, List<String> operators, int people,
			Instant createdAt) {
	}

	/**
	 * An admin creates a coordination body or agency and invites its first officer (who
	 * becomes its manager).
	 * @return the new organisation's id
	 * @throws AccountException when a field is wrong or the e-mail has an account already
	 */
	@Transactional
	public long create(CoopexUser admin, OrganisationDraft draft, String officerEmail, Locale locale) {
		requireAdmin(admin);
		this.rules.check(draft);
		long id = insert(draft, admin.id());
		this.invitations.invite(id, officerEmail, true, admin.id(), locale);
		return id;
	}

	/** Creates the organisation of a draft already checked; no invitation. */
	long insert(OrganisationDraft draft, Long by) {
		Instant now = this.clock.instant();
		Organisation organisation = this.organisations
			.saveAndFlush(new Organisation(draft.kind(), Text.cut(draft.name().strip(), 200), null, now));
		String siret = draft.siret() == null ? null : SirenValidator.normalise(draft.siret());
		this.jdbc.update(
				"update organisation set category = ?, siret = ?, other_identifier = ?, website = ?, national = ? where id = ?",
				draft.category() == null ? null : draft.category().name(),
				siret == null || siret.isEmpty() ? null : siret, blankToNull(draft.otherIdentifier()),
				blankToNull(draft.website()), draft.scope().national(), organisation.getId());
		writeRegions(organisation.getId(), draft.scope());
		this.events.publishEvent(
				new OrganisationCreated(organisation.getId(), organisation.getName(), draft.kind().name(), by));
		return organisation.getId();
	}

	/**
	 * An admin sets where an organisation acts and, for an agency, the operators whose
	 * aids it curates (one name per entry, as aids name their operators).
	 */
	@Transactional
	@CacheEvict(cacheNames = CacheConfiguration.ORGANISATION_SCOPES, key = "#organisationId")
	public void setScope(CoopexUser admin, long organisationId, Scope scope, List<String> operators) {
		requireAdmin(admin);
		OrganisationDetails organisation = details(organisationId)
			.orElseThrow(() -> new AccountException(null, "accounts.organisation.unknown"));
		this.rules.checkScope(scope);
		Set<String> names = OrganisationRules.operatorNames(operators);
		if (organisation.kind() != OrganisationKind.AGENCY && !names.isEmpty()) {
			throw new AccountException("operators", "accounts.organisation.operators-agency-only");
		}
		this.jdbc.update("update organisation set national = ?, version = version + 1 where id = ?", scope.national(),
				organisationId);
		writeRegions(organisationId, scope);
		this.jdbc.update("delete from agency_operator where organisation_id = ?", organisationId);
		for (String name : names) {
			this.jdbc.update("insert into agency_operator (organisation_id, operator) values (?, ?)", organisationId,
					name);
		}
		this.events.publishEvent(new OrganisationScopeChanged(organisationId, organisation.name(),
				scope.national() ? "NATIONAL" : String.join(", ", scope.regions()), String.join(", ", names),
				admin.id()));
	}

	private void writeRegions(long organisationId, Scope scope) {
		this.jdbc.update("delete from organisation_region where organisation_id = ?", organisationId);
		for (String region : new LinkedHashSet<>(scope.regions())) {
			this.jdbc.update("insert into organisation_region (organisation_id, region) values (?, ?)", organisationId,
					region);
		}
	}

	/**
	 * Where an organisation acts ({@link Scope#NONE} when unknown); kept a few seconds,
	 * dropped on this instance when an admin changes it.
	 */
	@Transactional(readOnly = true)
	@Cacheable(cacheNames = CacheConfiguration.ORGANISATION_SCOPES, key = "#organisationId")
	public Scope scope(long organisationId) {
		List<Boolean> national = this.jdbc.queryForList("select national from organisation where id = ?", Boolean.class,
				organisationId);
		if (national.isEmpty()) {
			return Scope.NONE;
		}
		return new Scope(Boolean.TRUE.equals(national.get(0)), this.search.regions(organisationId));
	}

	/** The operators whose aids an agency curates; empty when none is set. */
	@Transactional(readOnly = true)
	public List<String> operators(long agencyId) {
		return this.jdbc.queryForList(
				"select operator from agency_operator where organisation_id = ? order by operator", String.class,
				agencyId);
	}

	/**
	 * Whether an agency may curate an aid of these operators: yes when one of them is an
	 * operator of the agency (compared without case or accents). An agency without any
	 * operator set (created before operators existed) keeps curating as before.
	 */
	@Transactional(readOnly = true)
	public boolean mayCurate(long agencyId, List<String> operatorNames) {
		List<String> own = operators(agencyId);
		if (own.isEmpty()) {
			return true;
		}
		Set<String> folded = new LinkedHashSet<>();
		own.forEach((name) -> folded.add(Text.fold(name)));
		return operatorNames != null && operatorNames.stream()
			.filter((name) -> name != null)
			.anyMatch((name) -> folded.contains(Text.fold(name)));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationDetails> details(long organisationId) {
		return this.jdbc.query(
				"select o.*, (select count(*) from user_account u where u.organisation_id = o.id and u.enabled = true) as people "
						+ "from organisation o where o.id = ?",
				(rs, i) -> new OrganisationDetails(rs.getLong("id"), OrganisationKind.valueOf(rs.getString("kind")),
						rs.getString("category"), rs.getString("name"), rs.getString("siret"),
						rs.getString("other_identifier"), rs.getString("website"), null, null, rs.getInt("people"),
						rs.getTimestamp("created_at").toInstant()),
				organisationId)
			.stream()
			.findFirst()
			.map((d) -> new OrganisationDetails(d.id(), d.kind(), d.category(), d.name(), d.siret(),
					d.otherIdentifier(), d.website(), scope(d.id()), operators(d.id()), d.people(), d.createdAt()));
	}

	/**
	 * Every organisation whose name contains the text, optionally of one kind and acting
	 * in one region (national ones included), newest first.
	 */
	@Transactional(readOnly = true)
	public Page<OrganisationSummary> search(CoopexUser admin, String text, OrganisationKind kind, String region,
			Pageable pageable) {
		requireAdmin(admin);
		return this.search.search(text, kind, this.rules.regions().isKnown(region) ? region : null, pageable);
	}

	static void requireAdmin(CoopexUser user) {
		if (user == null || user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only platform admins manage organisations");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	/** The ids of the organisations whose name contains a text (at most 500). */
	@Transactional(readOnly = true)
	public List<Long> idsNamed(CoopexUser admin, String text) {
		requireAdmin(admin);
		return this.jdbc.queryForList("select id from organisation where lower(name) like ? escape '\\' limit 500",
				Long.class, "%" + AccountManagement.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
	}

}
