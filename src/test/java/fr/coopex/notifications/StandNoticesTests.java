package fr.coopex.notifications;

import java.math.BigDecimal;
import java.time.Duration;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import fr.coopex.fairs.StandFixtures;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandPage;
import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordinators of an ecosystem are told when a member company books area on one of
 * its stands, changes it or withdraws; other members are not.
 */
@IntegrationTest
class StandNoticesTests {

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	NotificationCenter center;

	@Autowired
	MessageSource messages;

	@Test
	void theCoordinatorIsToldOfEachBookingChangeAndWithdrawalOnItsStands() {
		StandFixtures.Ecosystem ecosystem = this.standFixtures.ecosystem(2);
		CoopexUser coordinator = ecosystem.coordinator();
		CoopexUser booking = ecosystem.members().get(0);
		CoopexUser other = ecosystem.members().get(1);
		String fairName = "Salon des notices " + System.nanoTime();
		long stand = this.standFixtures.stand(ecosystem, this.standFixtures.fair(fairName), "36", "6");

		this.stands.book(booking, stand, new BigDecimal("12"), null);
		Notification booked = awaitNotification(coordinator, "notifications.stands.booked");
		assertThat(booked.link()).isEqualTo("/stands/" + stand + "#participants-heading");
		assertThat(text(booked)).contains(booking.organisationName()).contains("12").contains(fairName);

		this.stands.book(booking, stand, new BigDecimal("18"), ownVersion(booking, stand));
		assertThat(text(awaitNotification(coordinator, "notifications.stands.changed"))).contains("18").contains("12");

		this.stands.cancel(booking, stand, ownVersion(booking, stand));
		assertThat(text(awaitNotification(coordinator, "notifications.stands.cancelled")))
			.contains(booking.organisationName())
			.contains(fairName);

		assertThat(this.center.latest(other.id(), 20))
			.noneMatch((n) -> n.messageKey().startsWith("notifications.stands."));
	}

	private long ownVersion(CoopexUser member, long stand) {
		StandPage page = this.stands.page(member, stand);
		return page.own().version();
	}

	private String text(Notification notification) {
		return this.messages.getMessage(notification.messageKey(), notification.args(), Locale.FRENCH);
	}

	private Notification awaitNotification(CoopexUser person, String messageKey) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.center.latest(person.id(), 20)
				.stream()
				.filter((n) -> n.messageKey().equals(messageKey))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

}
