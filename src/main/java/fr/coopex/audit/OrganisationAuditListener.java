package fr.coopex.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.OrganisationEvents.AccountAdministered;
import fr.coopex.accounts.OrganisationEvents.AccountClosed;
import fr.coopex.accounts.OrganisationEvents.EmailChanged;
import fr.coopex.accounts.OrganisationEvents.InvitationAccepted;
import fr.coopex.accounts.OrganisationEvents.ManagerChanged;
import fr.coopex.accounts.OrganisationEvents.OrganisationCreated;
import fr.coopex.accounts.OrganisationEvents.OrganisationRequestApproved;
import fr.coopex.accounts.OrganisationEvents.OrganisationRequestRefused;
import fr.coopex.accounts.OrganisationEvents.OrganisationRequested;
import fr.coopex.accounts.OrganisationEvents.OrganisationScopeChanged;
import fr.coopex.accounts.OrganisationEvents.PersonInvited;
import fr.coopex.accounts.OrganisationEvents.PersonRemoved;

/**
 * Keeps every change to organisations and their people, and every admin action on an
 * account, once committed. Each line names the organisation it concerns, so that its
 * managers read it too.
 */
@Component
class OrganisationAuditListener {

	private final AuditTrail trail;

	private final AccountManagement accounts;

	OrganisationAuditListener(AuditTrail trail, AccountManagement accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(OrganisationRequested event) {
		this.trail.record(event.applicantEmail(), "ORGANISATION_REQUESTED", event.organisationName(), event.kind(),
				null, null);
	}

	@ApplicationModuleListener
	void on(OrganisationRequestApproved event) {
		this.trail.record(email(event.by()), "ORGANISATION_REQUEST_APPROVED", event.organisationName(),
				event.applicantEmail(), null, event.organisationId());
	}

	@ApplicationModuleListener
	void on(OrganisationRequestRefused event) {
		this.trail.record(email(event.by()), "ORGANISATION_REQUEST_REFUSED", event.organisationName(), event.reason(),
				null, null);
	}

	@ApplicationModuleListener
	void on(OrganisationCreated event) {
		this.trail.record(email(event.by()), "ORGANISATION_CREATED", event.name(), event.kind(), null,
				event.organisationId());
	}

	@ApplicationModuleListener
	void on(OrganisationScopeChanged event) {
		this.trail.record(email(event.by()), "ORGANISATION_SCOPE_CHANGED", event.name(),
				event.scope() + (event.operators().isEmpty() ? "" : " / " + event.operators()), null,
				event.organisationId());
	}

	@ApplicationModuleListener
	void on(PersonInvited event) {
		this.trail.record(email(event.by()), "PERSON_INVITED", event.email(), null, null, event.organisationId());
	}

	@ApplicationModuleListener
	void on(InvitationAccepted event) {
		this.trail.record(event.email(), "INVITATION_ACCEPTED", event.email(), null, null, event.organisationId());
	}

	@ApplicationModuleListener
	void on(PersonRemoved event) {
		this.trail.record(email(event.by()), "PERSON_REMOVED", event.email(), null, null, event.organisationId());
	}

	@ApplicationModuleListener
	void on(ManagerChanged event) {
		this.trail.record(email(event.by()), event.manager() ? "MANAGER_APPOINTED" : "MANAGER_STEPPED_DOWN",
				event.email(), null, null, event.organisationId());
	}

	@ApplicationModuleListener
	void on(AccountAdministered event) {
		this.trail.record(email(event.by()), "ACCOUNT_" + event.action(), event.email(), null, null,
				event.organisationId());
	}

	@ApplicationModuleListener
	void on(EmailChanged event) {
		this.trail.record(event.newEmail(), "EMAIL_CHANGED", event.oldEmail(), event.newEmail(), null,
				event.organisationId());
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		this.trail.record(event.email(), "ACCOUNT_CLOSED", event.email(), null, null, event.organisationId());
	}

	private String email(Long userId) {
		return userId == null ? null : this.accounts.find(userId).map(AccountView::email).orElse(null);
	}

}
