package fr.coopex.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationEvents.OrganisationRequestApproved;
import fr.coopex.accounts.OrganisationEvents.OrganisationRequestRefused;
import fr.coopex.accounts.OrganisationEvents.OrganisationRequested;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.validation.SirenValidator;
import fr.coopex.shared.web.Text;

/**
 * Coordination bodies and agencies ask for an account; a platform admin approves
 * (creating the organisation and inviting the applicant as its first officer and manager)
 * or refuses with a reason. Only one request per SIRET may be pending.
 */
@Service
public class OrganisationRequests {

	private final JdbcTemplate jdbc;

	private final OrganisationManagement organisations;

	private final Invitations invitations;

	private final MailGateway mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrganisationRules rules;

	OrganisationRequests(JdbcTemplate jdbc, OrganisationManagement organisations, Invitations invitations,
			MailGateway mail, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			OrganisationRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.organisations = organisations;
		this.invitations = invitations;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	public enum Status {

		PENDING, APPROVED, REFUSED

	}

	/** What the applicant writes about themselves. */
	public record Applicant(String name, String email, String role, String motivation) {
	}

	/** A request as the admin reviews it. */
	public record RequestView(long id, OrganisationDraft organisation, Applicant applicant, Status status,
			Instant createdAt, Instant decidedAt, String reason, Long organisationId, long version) {
	}

	private static final RowMapper<RequestView> ROW = (rs, i) -> {
		String regions = rs.getString("regions");
		Scope scope = new Scope(rs.getBoolean("national"),
				regions == null || regions.isBlank() ? List.of() : Arrays.asList(regions.split(",")));
		String category = rs.getString("category");
		OrganisationDraft draft = new OrganisationDraft(OrganisationKind.valueOf(rs.getString("kind")),
				category == null ? null : CoordinationCategory.valueOf(category), rs.getString("name"),
				rs.getString("siret"), rs.getString("other_identifier"), scope, rs.getString("website"));
		Timestamp decided = rs.getTimestamp("decided_at");
		long organisationId = rs.getLong("organisation_id");
		return new RequestView(rs.getLong("id"), draft,
				new Applicant(rs.getString("applicant_name"), rs.getString("applicant_email"),
						rs.getString("applicant_role"), rs.getString("motivation")),
				Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				decided == null ? null : decided.toInstant(), rs.getString("reason"),
				rs.wasNull() ? null : organisationId, rs.getLong("version"));
	};

	/**
	 * Records a request and tells the applicant it was received. No account is created.
	 * @throws AccountException when a field is wrong, or a request for the same SIRET is
	 * already pending
	 */
	@Transactional
	public long submit(OrganisationDraft draft, Applicant applicant, Locale locale) {
		this.rules.check(draft);
		String siret = draft.siret() == null || draft.siret().isBlank() ? null
				: SirenValidator.normalise(draft.siret());
		if (siret != null && pendingFor(siret)) {
			throw new AccountException("siret", "accounts.request.siret-pending");
		}
		String email = UserAccount.normaliseEmail(applicant.email());
		Instant now = this.clock.instant();
		try {
			this.jdbc.update("insert into organisation_request (kind, category, name, siret, pending_siret, "
					+ "other_identifier, national, regions, website, applicant_name, applicant_email, applicant_role, "
					+ "motivation, language, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					draft.kind().name(), draft.category() == null ? null : draft.category().name(),
					Text.cut(draft.name().strip(), 200), siret, siret, blankToNull(draft.otherIdentifier()),
					draft.scope().national(), String.join(",", draft.scope().regions()), blankToNull(draft.website()),
					applicant.name().strip(), email, applicant.role().strip(), applicant.motivation().strip(),
					Invitations.language(locale), Status.PENDING.name(), Timestamp.from(now));
		}
		catch (DataIntegrityViolationException raced) {
			throw new AccountException("siret", "accounts.request.siret-pending");
		}
		long id = this.jdbc.queryForObject("select max(id) from organisation_request where applicant_email = ?",
				Long.class, email);
		this.mail.send(email, this.messages.getMessage("accounts.request.mail.received.subject", null, locale),
				this.messages.getMessage("accounts.request.mail.received.body",
						new Object[] { applicant.name().strip(), draft.name().strip() }, locale));
		this.events.publishEvent(new OrganisationRequested(id, draft.name().strip(), draft.kind().name(), email));
		return id;
	}

	private boolean pendingFor(String siret) {
		Integer count = this.jdbc.queryForObject("select count(*) from organisation_request where pending_siret = ?",
				Integer.class, siret);
		return count != null && count > 0;
	}

	/** The requests waiting for a decision, oldest first. */
	@Transactional(readOnly = true)
	public List<RequestView> pending(CoopexUser admin) {
		OrganisationManagement.requireAdmin(admin);
		return this.jdbc.query("select * from organisation_request where status = ? order by created_at, id", ROW,
				Status.PENDING.name());
	}

	/** The last decided requests, newest first. */
	@Transactional(readOnly = true)
	public List<RequestView> decided(CoopexUser admin) {
		OrganisationManagement.requireAdmin(admin);
		return this.jdbc.query(
				"select * from organisation_request where status <> ? order by decided_at desc, id desc limit 50", ROW,
				Status.PENDING.name());
	}

	@Transactional(readOnly = true)
	public Optional<RequestView> find(CoopexUser admin, long id) {
		OrganisationManagement.requireAdmin(admin);
		return this.jdbc.query("select * from organisation_request where id = ?", ROW, id).stream().findFirst();
	}

	/**
	 * Approves a pending request: creates the organisation and invites the applicant as
	 * its first officer, in the language of their request.
	 * @return the new organisation's id
	 * @throws AccountException when the request is no longer pending or the applicant's
	 * e-mail has an account meanwhile
	 */
	@Transactional
	public long approve(CoopexUser admin, long id) {
		RequestView request = claim(admin, id);
		long organisationId = this.organisations.insert(request.organisation(), admin.id());
		this.invitations.invite(organisationId, request.applicant().email(), true, admin.id(),
				Locale.forLanguageTag(language(id)));
		decide(id, Status.APPROVED, admin, null, organisationId);
		this.events.publishEvent(new OrganisationRequestApproved(id, organisationId, request.organisation().name(),
				request.applicant().email(), admin.id()));
		return organisationId;
	}

	/**
	 * Refuses a pending request and e-mails the reason to the applicant.
	 * @throws AccountException when the reason is missing or too long, or the request is
	 * no longer pending
	 */
	@Transactional
	public void refuse(CoopexUser admin, long id, String reason) {
		String why = Text.clean(reason);
		if (why == null) {
			throw new AccountException("reason", "NotBlank");
		}
		if (why.length() > 1000) {
			throw new AccountException("reason", "accounts.request.reason-too-long");
		}
		RequestView request = claim(admin, id);
		decide(id, Status.REFUSED, admin, why, null);
		Locale locale = Locale.forLanguageTag(language(id));
		this.mail.send(request.applicant().email(),
				this.messages.getMessage("accounts.request.mail.refused.subject", null, locale),
				this.messages.getMessage("accounts.request.mail.refused.body",
						new Object[] { request.applicant().name(), request.organisation().name(), why }, locale));
		this.events.publishEvent(new OrganisationRequestRefused(id, request.organisation().name(),
				request.applicant().email(), why, admin.id()));
	}

	private RequestView claim(CoopexUser admin, long id) {
		RequestView request = find(admin, id).orElseThrow(() -> new AccountException(null, "accounts.request.unknown"));
		if (request.status() != Status.PENDING) {
			throw new AccountException(null, "accounts.request.already-decided");
		}
		return request;
	}

	private void decide(long id, Status status, CoopexUser admin, String reason, Long organisationId) {
		int updated = this.jdbc.update(
				"update organisation_request set status = ?, decided_at = ?, decided_by = ?, "
						+ "reason = ?, organisation_id = ?, pending_siret = null, version = version + 1 "
						+ "where id = ? and status = ?",
				status.name(), Timestamp.from(this.clock.instant()), admin.id(), reason, organisationId, id,
				Status.PENDING.name());
		if (updated != 1) {
			throw new AccountException(null, "accounts.request.already-decided");
		}
	}

	private String language(long id) {
		return this.jdbc.queryForObject("select language from organisation_request where id = ?", String.class, id);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
