package fr.coopex.labels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.labels.ApplicationAccess.Access;
import fr.coopex.labels.LabelEvents.ApplicationChanged;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The agency's side of an application: taking it up, asking for information, granting (a
 * label with its public number and validity) or refusing it (a reason per criterion not
 * met), and suspending, reinstating or withdrawing a label. Each decision names the
 * version the officer saw: when another officer decided first, it is refused
 * ({@link LabelException.Conflict}) and nothing is decided twice.
 */
@Service
public class LabelReviewing {

	private final LabelApplications applications;

	private final ApplicationAccess access;

	private final LabelApplying applying;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LabelReviewing(LabelApplications applications, ApplicationAccess access, LabelApplying applying, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.access = access;
		this.applying = applying;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void takeUp(CoopexUser officer, long applicationId, long version) {
		decide(officer, applicationId, version, ApplicationStatus.UNDER_REVIEW, null);
	}

	/** Asks the coordinators for information: the question goes to the thread. */
	@Transactional
	public void requestInformation(CoopexUser officer, long applicationId, long version, String question) {
		String text = reason(question, "question");
		decide(officer, applicationId, version, ApplicationStatus.INFORMATION_REQUESTED, text);
		this.applying.comment(officer, applicationId, text);
	}

	/** Grants the label: its number, from today for the scheme's validity. */
	@Transactional
	public String grant(CoopexUser officer, long applicationId, long version) {
		Access a = this.access.asAgency(officer, applicationId);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.PARIS);
		String number = "CX-" + today.getYear() + "-" + String.format("%06d", applicationId);
		a.application().grant(number, today, today.plusMonths(a.scheme().validityMonths()));
		decide(officer, applicationId, version, ApplicationStatus.GRANTED, null);
		return number;
	}

	/** Refuses the application, with a reason for each criterion found not met. */
	@Transactional
	public void refuse(CoopexUser officer, long applicationId, long version, Map<Long, String> reasons) {
		Access a = this.access.asAgency(officer, applicationId);
		Map<Long, String> given = new java.util.LinkedHashMap<>();
		reasons.forEach((criterion, reason) -> {
			String text = Text.clean(reason);
			if (text != null) {
				if (a.scheme().criteria().stream().noneMatch((c) -> c.id() == criterion)) {
					throw new LabelException.NotFound();
				}
				given.put(criterion, Text.cut(text, 2000));
			}
		});
		if (given.isEmpty()) {
			throw new LabelException("reasons", "labels.refusal.reason-required");
		}
		decide(officer, applicationId, version, ApplicationStatus.REFUSED, null);
		given.forEach((criterion, reason) -> this.jdbc.update(
				"insert into label_refusal (application_id, criterion_id, reason) values (?, ?, ?)", applicationId,
				criterion, reason));
	}

	@Transactional
	public void suspend(CoopexUser officer, long applicationId, long version, String reason) {
		decide(officer, applicationId, version, ApplicationStatus.SUSPENDED, reason(reason, "reason"));
	}

	@Transactional
	public void reinstate(CoopexUser officer, long applicationId, long version) {
		Access a = this.access.asAgency(officer, applicationId);
		if (a.application().getStatus() != ApplicationStatus.SUSPENDED) {
			throw new LabelException(null, "labels.transition.refused", a.application().getStatus().name(),
					ApplicationStatus.GRANTED.name());
		}
		decide(officer, applicationId, version, ApplicationStatus.GRANTED, null);
	}

	@Transactional
	public void withdraw(CoopexUser officer, long applicationId, long version, String reason) {
		decide(officer, applicationId, version, ApplicationStatus.WITHDRAWN, reason(reason, "reason"));
	}

	private void decide(CoopexUser officer, long applicationId, long version, ApplicationStatus next, String reason) {
		Access a = this.access.asAgency(officer, applicationId);
		LabelApplication application = a.application();
		if (application.getVersion() != version) {
			throw new LabelException.Conflict();
		}
		Instant now = this.clock.instant();
		application.moveTo(next, officer.id(), now, reason);
		try {
			this.applications.saveAndFlush(application);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new LabelException.Conflict();
		}
		this.events.publishEvent(new ApplicationChanged(applicationId, application.getEcosystemId(),
				a.scheme().agencyId(), a.scheme().nameFr(), next, officer.id(), reason, application.getLabelNumber()));
	}

	private static String reason(String text, String field) {
		String clean = Text.clean(text);
		if (clean == null) {
			throw new LabelException(field, "labels.field.required");
		}
		if (clean.length() > 2000) {
			throw new LabelException(field, "labels.field.too-long", 2000);
		}
		return clean;
	}

}
