package fr.coopex.ecosystems;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/** Until meetings and consultations are recorded: none held. */
@Component
class NoGovernanceRecord implements GovernanceRecord {

	@Override
	public List<MeetingHeld> meetingsHeld(long ecosystemId, LocalDate from, LocalDate until) {
		return List.of();
	}

	@Override
	public List<ConsultationClosed> consultationsClosed(long ecosystemId, LocalDate from, LocalDate until) {
		return List.of();
	}

}
