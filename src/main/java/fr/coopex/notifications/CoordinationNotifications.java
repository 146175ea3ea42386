package fr.coopex.notifications;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.CoordinationEvents.HandoverDecided;
import fr.coopex.ecosystems.CoordinationEvents.HandoverProposed;
import fr.coopex.ecosystems.CoordinationEvents.MemberRemoved;
import fr.coopex.ecosystems.EcosystemEvents.AnnouncementPosted;
import fr.coopex.ecosystems.EcosystemManagement;

/**
 * Tells people what coordinators decide: a company that is removed (and why), an
 * organisation asked to take coordination over, the coordinators of the answer, and every
 * member company's people of an announcement. Runs after the change is committed.
 */
@Component
class CoordinationNotifications {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	CoordinationNotifications(NotificationCenter center, AccountManagement accounts, EcosystemManagement ecosystems) {
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
	}

	@ApplicationModuleListener
	void on(MemberRemoved event) {
		this.center.notify(this.accounts.members(event.companyId()), "notifications.member-removed",
				List.of(event.ecosystemName(), event.reason()), "/ecosystems/" + event.ecosystemId());
	}

	@ApplicationModuleListener
	void on(HandoverProposed event) {
		this.center.notify(this.accounts.members(event.organisationId()), "notifications.handover-proposed",
				List.of(event.ecosystemName()), "/ecosystems/" + event.ecosystemId() + "/handover");
	}

	@ApplicationModuleListener
	void on(HandoverDecided event) {
		List<AccountView> coordinators = this.ecosystems.coordinatorIds(event.ecosystemId())
			.stream()
			.map(this.accounts::find)
			.flatMap(java.util.Optional::stream)
			.toList();
		this.center.notify(coordinators, "notifications.handover." + event.status(),
				List.of(event.ecosystemName(), event.organisationName()), "/ecosystems/" + event.ecosystemId());
	}

	@ApplicationModuleListener
	void on(AnnouncementPosted event) {
		List<AccountView> people = this.ecosystems.activeCompanyIds(event.ecosystemId())
			.stream()
			.flatMap((companyId) -> this.accounts.members(companyId).stream())
			.toList();
		this.center.notify(people, "notifications.announcement",
				List.of(this.ecosystems.summary(event.ecosystemId()).name(), event.title()),
				"/ecosystems/" + event.ecosystemId() + "#announcements");
	}

}
