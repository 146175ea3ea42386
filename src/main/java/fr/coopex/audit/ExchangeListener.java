package fr.coopex.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.coopex.audit.KeptExchangeRegister.Row;
import fr.coopex.ecosystems.EcosystemEvents.AnnouncementPosted;
import fr.coopex.missions.MissionEvents.FindingShared;
import fr.coopex.missions.MissionEvents.LeadShared;

/**
 * Fills the register of information exchanged from what missions and ecosystems tell,
 * once it is committed: notes, lead shares and announcements.
 */
@Component
class ExchangeListener {

	private final KeptExchangeRegister register;

	ExchangeListener(KeptExchangeRegister register) {
		this.register = register;
	}

	@ApplicationModuleListener
	void on(FindingShared event) {
		this.register.record(event.ecosystemId(), event.findingId(),
				new Row(ExchangeRegister.NOTE, event.missionId(), event.authorUserId(), event.authorCompanyId(),
						event.title(), event.recipientCompanies(), event.priceWarningConfirmed(), event.sharedAt()));
	}

	@ApplicationModuleListener
	void on(LeadShared event) {
		this.register.record(event.ecosystemId(), event.leadId(),
				new Row(ExchangeRegister.LEAD, event.missionId(), event.authorUserId(), event.authorCompanyId(), null,
						event.recipientCompanies(), event.priceWarningConfirmed(), event.sharedAt()));
	}

	@ApplicationModuleListener
	void on(AnnouncementPosted event) {
		this.register.record(event.ecosystemId(), event.announcementId(),
				new Row(ExchangeRegister.ANNOUNCEMENT, null, event.authorUserId(), event.authorCompanyId(),
						event.title(), event.recipientCompanies(), event.priceWarningConfirmed(), event.postedAt()));
	}

}
