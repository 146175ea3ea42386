package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.labels.ApplicationAccess.Access;
import fr.coopex.labels.LabelEvents.ApplicationChanged;
import fr.coopex.labels.SchemeView.Criterion;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The coordinator's editing of an application: answers and documents, then the submission
 * that freezes the evidence pack.
 */
@Component
class ApplicationEditing {

	private final LabelApplications applications;

	private final ApplicationAccess access;

	private final LabelDocuments documents;

	private final EvidenceCalculator evidence;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApplicationEditing(LabelApplications applications, ApplicationAccess access, LabelDocuments documents,
			EvidenceCalculator evidence, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.access = access;
		this.documents = documents;
		this.evidence = evidence;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes the answer to a declaration criterion (while the application is editable).
	 */
	void answer(CoopexUser coordinator, long applicationId, long criterionId, String answer) {
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
	long attach(CoopexUser coordinator, long applicationId, long criterionId, String fileName, byte[] content) {
		Access a = editable(coordinator, applicationId);
		criterion(a, criterionId, CriterionKind.DOCUMENT);
		return this.documents.store(applicationId, criterionId, fileName, content, coordinator.id());
	}

	void removeDocument(CoopexUser coordinator, long applicationId, long documentId) {
		editable(coordinator, applicationId);
		this.documents.delete(applicationId, documentId);
	}

	/**
	 * Submits the application: every declaration answered and every document criterion
	 * documented; the evidence pack is computed and frozen with its date.
	 */
	void submit(CoopexUser coordinator, long applicationId) {
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

}
