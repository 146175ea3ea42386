package fr.coopex.notifications;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemEvents.CharterPublished;
import fr.coopex.ecosystems.EcosystemEvents.JoinRequested;
import fr.coopex.ecosystems.EcosystemEvents.MemberInvited;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.ecosystems.EcosystemEvents.MembershipRejected;
import fr.coopex.ecosystems.EcosystemManagement;

/**
 * Tells people what happened in their ecosystems: coordinators of new requests and of
 * companies withdrawing, declining or leaving, companies of the decisions on theirs
 * (either way), of invitations and of new charter versions. Each links to the exact thing
 * to act on: the request among the pending ones, the company's own part of the
 * ecosystem's page. Runs after the change is committed, and is retried from the event
 * publication registry if it fails.
 */
@Component
class EcosystemNotifications {

	/**
	 * Where a company answers an invitation, sees a decision or accepts a new charter:
	 * the "you and this ecosystem" part of the ecosystem's page.
	 */
	private static final String YOUR_STANDING = "#join";

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	EcosystemNotifications(NotificationCenter center, AccountManagement accounts, EcosystemManagement ecosystems) {
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
	}

	@ApplicationModuleListener
	void on(JoinRequested event) {
		this.center.notify(coordinators(event.ecosystemId()), "notifications.join-requested",
				List.of(event.companyName(), event.ecosystemName()),
				"/ecosystems/" + event.ecosystemId() + "#request-" + event.membershipId());
	}

	/** A request withdrawn, an invitation declined, a company gone: its coordinators. */
	@ApplicationModuleListener
	void on(MembershipEnded event) {
		this.center.notify(coordinators(event.ecosystemId()), "notifications.membership-ended." + event.how(),
				List.of(event.companyName(), event.ecosystemName()), "/ecosystems/" + event.ecosystemId());
	}

	/** The people who coordinate the ecosystem now. */
	private List<AccountView> coordinators(long ecosystemId) {
		return this.ecosystems.coordinatorIds(ecosystemId)
			.stream()
			.map(this.accounts::find)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	@ApplicationModuleListener
	void on(MembershipApproved event) {
		this.center.notify(this.accounts.members(event.companyId()), "notifications.approved",
				List.of(event.ecosystemName()), "/ecosystems/" + event.ecosystemId() + YOUR_STANDING);
	}

	@ApplicationModuleListener
	void on(MembershipRejected event) {
		this.center.notify(this.accounts.members(event.companyId()), "notifications.rejected",
				List.of(event.ecosystemName(), event.reason()), "/ecosystems/" + event.ecosystemId() + YOUR_STANDING);
	}

	@ApplicationModuleListener
	void on(MemberInvited event) {
		this.center.notify(this.accounts.members(event.companyId()), "notifications.invited",
				List.of(event.ecosystemName()), "/ecosystems/" + event.ecosystemId() + YOUR_STANDING);
	}

	@ApplicationModuleListener
	void on(CharterPublished event) {
		List<AccountView> people = this.ecosystems.activeCompanyIds(event.ecosystemId())
			.stream()
			.flatMap((companyId) -> this.accounts.members(companyId).stream())
			.toList();
		this.center.notify(people, "notifications.charter", List.of(event.ecosystemName()),
				"/ecosystems/" + event.ecosystemId() + YOUR_STANDING);
	}

}
