package fr.coopex.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.GovernanceRecord;

/**
 * The governance record of the tests: what the application's record says, plus the
 * consultations a test builds by hand for one of its ecosystems.
 */
@Component
@Primary
public class AdoptedConsultations implements GovernanceRecord {

	private final ApplicationContext context;

	private final Map<Long, List<ConsultationClosed>> built = new ConcurrentHashMap<>();

	AdoptedConsultations(ApplicationContext context) {
		this.context = context;
	}

	/** An adopted consultation of the ecosystem, closed now. */
	public ConsultationClosed adopt(long ecosystemId, long consultationId, String question) {
		ConsultationClosed closed = new ConsultationClosed(consultationId, question, Instant.now(), 3, 3, "adopted",
				"Oui");
		this.built.computeIfAbsent(ecosystemId, (id) -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(closed);
		return closed;
	}

	@Override
	public List<MeetingHeld> meetingsHeld(long ecosystemId, LocalDate from, LocalDate until) {
		return (delegate() != null) ? delegate().meetingsHeld(ecosystemId, from, until) : List.of();
	}

	@Override
	public List<ConsultationClosed> consultationsClosed(long ecosystemId, LocalDate from, LocalDate until) {
		List<ConsultationClosed> all = new ArrayList<>(this.built.getOrDefault(ecosystemId, List.of()));
		if (delegate() != null) {
			all.addAll(delegate().consultationsClosed(ecosystemId, from, until));
		}
		return all;
	}

	private GovernanceRecord delegate() {
		return this.context.getBeansOfType(GovernanceRecord.class)
			.values()
			.stream()
			.filter((bean) -> bean != this && !(bean instanceof AdoptedConsultations))
			.findFirst()
			.orElse(null);
	}

}
