package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * The meetings held (begun) and consultations closed in an ecosystem over a period, from
 * what was recorded.
 */
@Component
class GovernanceHistory implements GovernanceRecord {

	private final Meetings meetings;

	private final MeetingReads meetingReads;

	private final Consultations consultations;

	private final Clock clock;

	GovernanceHistory(Meetings meetings, MeetingReads meetingReads, Consultations consultations, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.meetingReads = meetingReads;
		this.consultations = consultations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MeetingHeld> meetingsHeld(long ecosystemId, LocalDate from, LocalDate until) {
		Instant now = this.clock.instant();
		Map<Long, Integer> attending = this.meetingReads.attending(ecosystemId);
		return this.meetings.between(ecosystemId, start(from), start(until))
			.stream()
			.filter((m) -> !m.startsAt().isAfter(now))
			.map((m) -> new MeetingHeld(m.id(), m.startsAt(), m.title(), attending.getOrDefault(m.id(), 0),
					m.minutesText() != null || m.minutesFile() != null))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsultationClosed> consultationsClosed(long ecosystemId, LocalDate from, LocalDate until) {
		return this.consultations.closedBetween(ecosystemId, start(from), start(until)).stream().map((c) -> {
			String winner = (c.winningOptionId() == null) ? null
					: this.consultations.options(c.id())
						.stream()
						.filter((o) -> o.id() == c.winningOptionId())
						.map(Consultations.OptionRow::label)
						.findFirst()
						.orElse(null);
			return new ConsultationClosed(c.id(), c.question(), c.closedAt(), c.companiesVoted(), c.companiesEntitled(),
					c.outcome(), winner);
		}).toList();
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(ClockConfiguration.PARIS).toInstant();
	}

}
