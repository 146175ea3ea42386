package fr.coopex.notifications;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemEvents.ConsultationDecided;
import fr.coopex.ecosystems.EcosystemEvents.ConsultationOpened;
import fr.coopex.ecosystems.EcosystemEvents.MeetingCalled;
import fr.coopex.ecosystems.EcosystemGovernance;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.mail.MailGateway;

/**
 * Tells an ecosystem's people of its meetings and consultations: the people of its member
 * companies are invited to a meeting (each e-mail carries their iCalendar invitation) and
 * asked to vote; members and coordinators learn a consultation's result.
 */
@Component
class GovernanceNotifications {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	private final EcosystemGovernance governance;

	GovernanceNotifications(NotificationCenter center, AccountManagement accounts, EcosystemManagement ecosystems,
			EcosystemGovernance governance) {
		this.center = center;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
		this.governance = governance;
	}

	@ApplicationModuleListener
	void on(MeetingCalled event) {
		this.center.notify(members(event.ecosystemId()), "notifications.meeting-called",
				List.of(event.ecosystemName(), event.title(), NotificationCenter.instant(event.startsAt())),
				"/ecosystems/" + event.ecosystemId() + "/meetings/" + event.meetingId(),
				(person) -> this.governance.invitation(event.ecosystemId(), event.meetingId(), person.id())
					.map((ics) -> new MailGateway.Attachment("invitation.ics",
							"text/calendar; charset=UTF-8; method=REQUEST", ics.getBytes(StandardCharsets.UTF_8)))
					.orElse(null));
	}

	@ApplicationModuleListener
	void on(ConsultationOpened event) {
		this.center.notify(members(event.ecosystemId()), "notifications.consultation-opened",
				List.of(event.ecosystemName(), event.question(), NotificationCenter.instant(event.deadline())),
				"/ecosystems/" + event.ecosystemId() + "/consultations/" + event.consultationId());
	}

	@ApplicationModuleListener
	void on(ConsultationDecided event) {
		Map<Long, AccountView> people = new LinkedHashMap<>();
		members(event.ecosystemId()).forEach((p) -> people.put(p.id(), p));
		this.ecosystems.coordinatorIds(event.ecosystemId())
			.forEach((id) -> this.accounts.find(id).ifPresent((p) -> people.put(p.id(), p)));
		this.center.notify(new ArrayList<>(people.values()), "notifications.consultation-decided." + event.outcome(),
				List.of(event.ecosystemName(), event.question(),
						(event.winningOption() == null) ? "" : event.winningOption()),
				"/ecosystems/" + event.ecosystemId() + "/consultations/" + event.consultationId());
	}

	/** The people of the ecosystem's member companies. */
	private List<AccountView> members(long ecosystemId) {
		return this.ecosystems.activeCompanyIds(ecosystemId)
			.stream()
			.flatMap((company) -> this.accounts.members(company).stream())
			.toList();
	}

}
