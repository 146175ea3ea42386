package fr.coopex.labels;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.companies.CompanyIndicators;
import fr.coopex.ecosystems.EcosystemIndicators;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.labels.ApplicationAccess.Access;
import fr.coopex.labels.LabelEvents.ApplicationChanged;
import fr.coopex.labels.SchemeView.Criterion;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The coordinator's side of an application: the schemes open to the ecosystem, starting
 * (or renewing from a previous application), answering declarations, attaching documents
 * and submitting, which freezes the evidence pack.
 */
@Service
public class LabelApplying {

	private final LabelApplications applications;

	private final LabelSchemes schemes;

	private final ApplicationAccess access;

	private final LabelDocuments documents;

	private final EvidenceCalculator evidence;

	private final EcosystemManagement ecosystems;

	private final EcosystemIndicators ecosystemFacts;

	private final CompanyIndicators companies;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LabelApplying(LabelApplications applications, LabelSchemes schemes, ApplicationAccess access,
			LabelDocuments documents, EvidenceCalculator evidence, EcosystemManagement ecosystems,
			EcosystemIndicators ecosystemFacts, CompanyIndicators companies, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.schemes = schemes;
		this.access = access;
		this.documents = documents;
		this.evidence = evidence;
		this.ecosystems = ecosystems;
		this.ecosystemFacts = ecosystemFacts;
		this.companies = companies;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The published schemes open to an ecosystem: one of its sectors is among the
	 * scheme's (or the scheme takes every sector) and one of its members is registered in
	 * one of the scheme's regions.
	 */
	@Transactional(readOnly = true)
	public List<SchemeView> openTo(CoopexUser coordinator, long ecosystemId) {
		requireCoordinator(coordinator, ecosystemId);
		EcosystemIndicators.Facts facts = this.ecosystemFacts.facts(ecosystemId, this.clock.instant())
			.orElseThrow(LabelException.NotFound::new);
		Set<String> regions = this.companies.regions(facts.activeCompanyIds());
		return this.schemes.published().stream().filter((s) -> isOpen(s, facts.sectors(), regions)).toList();
	}

	static boolean isOpen(SchemeView scheme, Set<String> sectors, Set<String> regions) {
		boolean sector = scheme.sectors().isEmpty() || scheme.sectors().stream().anyMatch(sectors::contains);
		return sector && scheme.regions().stream().anyMatch(regions::contains);
	}

	/** Starts an application of the ecosystem to a published scheme open to it. */
	@Transactional
	public long start(CoopexUser coordinator, long ecosystemId, long schemeId) {
		SchemeView scheme = this.schemes.find(schemeId).orElseThrow(LabelException.NotFound::new);
		if (scheme.status() != SchemeStatus.PUBLISHED
				|| openTo(coordinator, ecosystemId).stream().noneMatch((s) -> s.id() == schemeId)) {
			throw new LabelException(null, "labels.application.not-open");
		}
		boolean pending = this.applications.findByEcosystemIdOrderByIdDesc(ecosystemId)
			.stream()
			.anyMatch((a) -> !a.getStatus().isLabel() && a.getStatus() != ApplicationStatus.REFUSED
					&& family(a) == scheme.familyId());
		if (pending) {
			throw new LabelException(null, "labels.application.already-pending");
		}
		return this.applications
			.saveAndFlush(new LabelApplication(schemeId, ecosystemId, null, coordinator.id(), this.clock.instant()))
			.getId();
	}

	/**
	 * Starts a renewal from a previous application: to the scheme's current version, with
	 * the previous answers and documents of the criteria that kept their text.
	 */
	@Transactional
	public long renew(CoopexUser coordinator, long previousId) {
		Access previous = this.access.asCoordinator(coordinator, previousId);
		if (!previous.application().getStatus().isLabel()) {
			throw new LabelException(null, "labels.application.not-renewable");
		}
		SchemeView current = this.schemes.published()
			.stream()
			.filter((s) -> s.familyId() == previous.scheme().familyId())
			.findFirst()
			.orElseThrow(() -> new LabelException(null, "labels.application.not-open"));
		long id = start(coordinator, previous.application().getEcosystemId(), current.id());
		this.jdbc.update("update label_application set previous_id = ? where id = ?", previousId, id);
		Map<Long, Long> criteria = new LinkedHashMap<>();
		for (Criterion old : previous.scheme().criteria()) {
			current.criteria()
				.stream()
				.filter((c) -> c.kind() == old.kind() && c.textFr().equals(old.textFr()))
				.findFirst()
				.ifPresent((c) -> criteria.put(old.id(), c.id()));
		}
		criteria
			.forEach((from,
					to) -> this.jdbc.update("insert into label_answer (application_id, criterion_id, answer) "
							+ "select ?, ?, answer from label_answer where application_id = ? and criterion_id = ?", id,
							to, previousId, from));
		this.documents.copy(previousId, id, criteria);
		return id;
	}

	/**
	 * Writes the answer to a declaration criterion (while the application is editable).
	 */
	@Transactional
	public void answer(CoopexUser coordinator, long applicationId, long criterionId, String answer) {
		Access a = editable(coordinator, applicationId);
		criterion(a, criterionId, CriterionKind.DECLARATION);
		String text = Text.clean(answer);
		if (text != null && text.length() > 4000) {
			throw new LabelException("answer", "labels.field.too-long", 4000);
		}
		this.jdbc.update("delete from label_answer where application_id = ? and criterion_id = ?", applicationId,
				criterionId);
		if (text != null) {
			this.jdbc.update("insert into label_answer (application_id, criterion_id, answer) values (?, ?, ?)",
					applicationId, criterionId, text);
		}
	}

	/** Attaches a PDF to a document criterion; nothing is stored when it is refused. */
	@Transactional
	public long attach(CoopexUser coordinator, long applicationId, long criterionId, String fileName, byte[] content) {
		Access a = editable(coordinator, applicationId);
		criterion(a, criterionId, CriterionKind.DOCUMENT);
		return this.documents.store(applicationId, criterionId, fileName, content, coordinator.id());
	}

	@Transactional
	public void removeDocument(CoopexUser coordinator, long applicationId, long documentId) {
		editable(coordinator, applicationId);
		this.documents.delete(applicationId, documentId);
	}

	/**
	 * Submits the application: every declaration answered and every document criterion
	 * documented; the evidence pack is computed and frozen with its date.
	 */
	@Transactional
	public void submit(CoopexUser coordinator, long applicationId) {
		Access a = editable(coordinator, applicationId);
		Set<Long> answered = new HashSet<>(this.jdbc
			.queryForList("select criterion_id from label_answer where application_id = ?", Long.class, applicationId));
		Set<Long> documented = new HashSet<>();
		this.documents.of(applicationId).forEach((d) -> documented.add(d.criterionId()));
		for (Criterion c : a.scheme().criteria()) {
			if (c.kind() == CriterionKind.DECLARATION && !answered.contains(c.id())) {
				throw new LabelException(null, "labels.application.answer-missing", c.textFr());
			}
			if (c.kind() == CriterionKind.DOCUMENT && !documented.contains(c.id())) {
				throw new LabelException(null, "labels.application.document-missing", c.textFr());
			}
		}
		Instant now = this.clock.instant();
		EvidencePack pack = this.evidence.compute(a.application().getEcosystemId(), now);
		this.jdbc.update("delete from label_evidence where application_id = ?", applicationId);
		for (Map.Entry<Indicator, BigDecimal> value : pack.values().entrySet()) {
			this.jdbc.update("insert into label_evidence (application_id, indicator, indicator_value) values (?, ?, ?)",
					applicationId, value.getKey().name(), value.getValue());
		}
		LabelApplication application = a.application();
		application.evidenceFrozenAt(now);
		application.moveTo(ApplicationStatus.SUBMITTED, coordinator.id(), now, null);
		this.applications.saveAndFlush(application);
		this.events.publishEvent(new ApplicationChanged(applicationId, application.getEcosystemId(),
				a.scheme().agencyId(), a.scheme().nameFr(), ApplicationStatus.SUBMITTED, coordinator.id(), null, null));
	}

	/** Writes a comment on the application's thread (coordinators and officers). */
	@Transactional
	public void comment(CoopexUser user, long applicationId, String text) {
		Access a = this.access.of(user, applicationId);
		String clean = Text.clean(text);
		if (clean == null) {
			throw new LabelException("text", "labels.field.required");
		}
		if (clean.length() > 4000) {
			throw new LabelException("text", "labels.field.too-long", 4000);
		}
		this.jdbc.update(
				"insert into label_comment (application_id, author_id, author_name, agency_side, text, created_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				applicationId, user.id(), Text.cut(user.displayName(), 200), a.agencySide(), clean,
				Timestamp.from(this.clock.instant()));
		this.events.publishEvent(new LabelEvents.CommentWritten(applicationId, a.application().getEcosystemId(),
				a.scheme().agencyId(), a.scheme().nameFr(), user.id(), a.agencySide()));
	}

	private Access editable(CoopexUser coordinator, long applicationId) {
		Access a = this.access.asCoordinator(coordinator, applicationId);
		if (!a.application().getStatus().isEditable()) {
			throw new LabelException(null, "labels.application.not-editable");
		}
		return a;
	}

	private static Criterion criterion(Access a, long criterionId, CriterionKind kind) {
		return a.scheme()
			.criteria()
			.stream()
			.filter((c) -> c.id() == criterionId && c.kind() == kind)
			.findFirst()
			.orElseThrow(LabelException.NotFound::new);
	}

	private long family(LabelApplication application) {
		return this.schemes.find(application.getSchemeId()).map(SchemeView::familyId).orElse(-1L);
	}

	private void requireCoordinator(CoopexUser user, long ecosystemId) {
		if (user == null || !this.ecosystems.isCoordinator(user, ecosystemId)) {
			throw new LabelException.Forbidden();
		}
	}

}
