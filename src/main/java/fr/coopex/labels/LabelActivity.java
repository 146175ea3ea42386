package fr.coopex.labels;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.audit.AuditTrail;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.labels.LabelEvents.ApplicationChanged;
import fr.coopex.labels.LabelEvents.CommentWritten;
import fr.coopex.labels.LabelEvents.LabelEndsSoon;
import fr.coopex.notifications.NotificationCenter;

/**
 * Once a change to an application commits: records it in the audit trail and tells the
 * ecosystem's coordinators (in the app and by e-mail); a comment of the coordinators goes
 * to the agency's officers.
 */
@Component
class LabelActivity {

	private final AuditTrail trail;

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	LabelActivity(AuditTrail trail, NotificationCenter center, AccountManagement accounts,
			EcosystemManagement ecosystems) {
		this.trail = trail;
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ApplicationChanged event) {
		String actor = (event.by() == null) ? null
				: this.accounts.find(event.by()).map(AccountView::email).orElse("user " + event.by());
		this.trail.record(actor, "LABEL_" + event.status().name(), "label application " + event.applicationId(),
				"ecosystem " + event.ecosystemId() + ", " + event.schemeName()
						+ (event.labelNumber() != null ? ", " + event.labelNumber() : "")
						+ (event.reason() != null ? ": " + event.reason() : ""),
				null, event.agencyId());
		this.center.notify(coordinators(event.ecosystemId()), "labels.notification." + event.status().name(),
				List.of(event.schemeName(), event.reason() == null ? "" : event.reason()),
				"/labels/applications/" + event.applicationId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(CommentWritten event) {
		List<AccountView> readers = event.agencySide() ? coordinators(event.ecosystemId())
				: this.accounts.members(event.agencyId());
		this.center.notify(readers.stream().filter((p) -> p.id() != event.by()).toList(), "labels.notification.comment",
				List.of(event.schemeName()), "/labels/applications/" + event.applicationId() + "#thread");
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(LabelEndsSoon event) {
		this.center.notify(coordinators(event.ecosystemId()), "labels.notification.ends-soon",
				List.of(event.schemeName(), event.labelNumber(), NotificationCenter.date(event.endsOn())),
				"/labels/applications/" + event.applicationId());
	}

	private List<AccountView> coordinators(long ecosystemId) {
		return this.ecosystems.coordinatorIds(ecosystemId)
			.stream()
			.map(this.accounts::find)
			.flatMap(Optional::stream)
			.toList();
	}

}
