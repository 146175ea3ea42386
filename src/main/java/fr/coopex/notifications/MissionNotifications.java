package fr.coopex.notifications;

import java.util.Collection;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.missions.MissionEvents.MissionProposed;
import fr.coopex.missions.MissionEvents.MissionStatusChanged;
import fr.coopex.missions.MissionManagement;

/**
 * Tells companies about missions: the member companies of an ecosystem that a mission is
 * proposed they may join, its participants that it was closed, reopened, finished or
 * cancelled. The person who did it is not told. Each links to the mission's page.
 */
@Component
class MissionNotifications {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	private final MissionManagement missions;

	MissionNotifications(NotificationCenter center, AccountManagement accounts, EcosystemManagement ecosystems,
			MissionManagement missions) {
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
		this.missions = missions;
	}

	@ApplicationModuleListener
	void on(MissionProposed event) {
		this.center.notify(people(this.ecosystems.activeCompanyIds(event.ecosystemId()), event.proposedBy()),
				"notifications.mission-proposed", List.of(event.title()), "/missions/" + event.missionId());
	}

	@ApplicationModuleListener
	void on(MissionStatusChanged event) {
		this.center.notify(people(this.missions.view(event.missionId()).participantIds(), event.changedBy()),
				"notifications.mission-status." + event.to(), List.of(event.title()), "/missions/" + event.missionId());
	}

	/** The people of these companies, but the one who acted. */
	private List<AccountView> people(Collection<Long> companyIds, long actor) {
		return companyIds.stream()
			.flatMap((companyId) -> this.accounts.members(companyId).stream())
			.filter((person) -> person.id() != actor)
			.toList();
	}

}
