package fr.coopex.transparency;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.notifications.NotificationCenter;

/**
 * Tells every member of an ecosystem, and its coordinators, that a transparency report
 * (or a correction of one) was published, with a link to it, through the notifications
 * module. Runs after the publication is committed, and is retried from the event
 * publication registry if it fails.
 */
@Component
class ReportNotices {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	ReportNotices(NotificationCenter center, AccountManagement accounts, EcosystemManagement ecosystems) {
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
	}

	@ApplicationModuleListener
	void on(ReportPublished event) {
		Stream<AccountView> members = this.ecosystems.activeCompanyIds(event.ecosystemId())
			.stream()
			.flatMap((companyId) -> this.accounts.members(companyId).stream());
		Stream<AccountView> coordinators = this.ecosystems.coordinatorIds(event.ecosystemId())
			.stream()
			.map(this.accounts::find)
			.flatMap(java.util.Optional::stream);
		List<AccountView> people = Stream.concat(members, coordinators).distinct().toList();
		this.center.notify(people,
				(event.version() > 1) ? "notifications.transparency.corrected" : "notifications.transparency.published",
				List.of(event.ecosystemName(), event.period(), String.valueOf(event.version())),
				"/transparency/reports/" + event.reportId());
	}

}
