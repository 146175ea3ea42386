package fr.coopex.notifications;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.fairs.StandEvents.StandBooked;
import fr.coopex.fairs.StandEvents.StandBookingCancelled;
import fr.coopex.fairs.StandEvents.StandBookingChanged;

/**
 * Tells the coordinators of an ecosystem when one of its member companies books area on a
 * shared stand, changes it or withdraws: they run the stand and its costs. Each notice
 * links to the stand's participants.
 */
@Component
class StandNotifications {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	StandNotifications(NotificationCenter center, AccountManagement accounts, EcosystemManagement ecosystems) {
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
	}

	@ApplicationModuleListener
	void on(StandBooked event) {
		tell(event.ecosystemId(), "notifications.stands.booked", event.standId(), event.companyName(),
				area(event.area()), event.fairName());
	}

	@ApplicationModuleListener
	void on(StandBookingChanged event) {
		tell(event.ecosystemId(), "notifications.stands.changed", event.standId(), event.companyName(),
				area(event.area()), event.fairName(), area(event.previousArea()));
	}

	/** A late withdrawal still owes its share, which the coordinator may waive. */
	@ApplicationModuleListener
	void on(StandBookingCancelled event) {
		tell(event.ecosystemId(),
				event.owing() ? "notifications.stands.cancelled-owing" : "notifications.stands.cancelled",
				event.standId(), event.companyName(), area(event.area()), event.fairName());
	}

	private void tell(long ecosystemId, String messageKey, long standId, String... arguments) {
		List<AccountView> coordinators = this.ecosystems.coordinatorIds(ecosystemId)
			.stream()
			.map(this.accounts::find)
			.flatMap(Optional::stream)
			.filter(AccountView::enabled)
			.toList();
		this.center.notify(coordinators, messageKey, List.of(arguments),
				"/stands/" + standId + "#participants-heading");
	}

	private static String area(BigDecimal area) {
		return area.stripTrailingZeros().toPlainString();
	}

}
