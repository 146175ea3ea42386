package fr.coopex.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemCreated;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.ecosystems.EcosystemEvents.MembershipRejected;

/**
 * Keeps the decisions taken in ecosystems (creation, admissions, rejections, departures),
 * once they are committed: the trace that protects coordinators and members from any
 * suspicion.
 */
@Component
class EcosystemAuditListener {

	private final AuditTrail trail;

	private final AccountManagement accounts;

	EcosystemAuditListener(AuditTrail trail, AccountManagement accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(EcosystemCreated event) {
		this.trail.record(email(event.createdBy()), "ECOSYSTEM_CREATED", "ecosystem " + event.ecosystemId(),
				event.name(), null);
	}

	@ApplicationModuleListener
	void on(MembershipApproved event) {
		this.trail.record(email(event.decidedBy()), "MEMBERSHIP_APPROVED", "ecosystem " + event.ecosystemId(),
				"company " + event.companyId(), null);
	}

	@ApplicationModuleListener
	void on(MembershipRejected event) {
		this.trail.record(email(event.decidedBy()), "MEMBERSHIP_REJECTED", "ecosystem " + event.ecosystemId(),
				"company " + event.companyId() + ": " + event.reason(), null);
	}

	@ApplicationModuleListener
	void on(MembershipEnded event) {
		this.trail.record(null, "MEMBERSHIP_" + event.how(), "ecosystem " + event.ecosystemId(),
				"company " + event.companyId(), null);
	}

	private String email(long userId) {
		return this.accounts.find(userId).map(AccountView::email).orElse("user " + userId);
	}

}
