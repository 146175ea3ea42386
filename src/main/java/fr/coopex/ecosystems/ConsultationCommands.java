package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemEvents.ConsultationOpened;
import fr.coopex.ecosystems.EcosystemGovernance.ConsultationDraft;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemNotFoundException;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * Opening a consultation (two options at least, a deadline to come, its quorum and
 * majority fixed from then on) and voting: one vote per member company, cast by any of
 * its people, before the deadline. The consultation's row is locked while a vote is
 * recorded, so that a vote and the closing never cross; the unique key on (consultation,
 * company) refuses a second vote whatever runs at the same moment.
 */
@Service
class ConsultationCommands {

	static final int MAX_OPTIONS = 10;

	private final EcosystemGuards guards;

	private final Consultations consultations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationCommands(EcosystemGuards guards, Consultations consultations, ApplicationEventPublisher events,
			Clock clock) {
		this.guards = guards;
		this.consultations = consultations;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	long open(CoopexUser coordinator, long ecosystemId, ConsultationDraft draft) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		Instant now = this.clock.instant();
		Instant deadline = ZonedDateTime.of(draft.deadlineDay(), draft.deadlineTime(), ClockConfiguration.PARIS)
			.toInstant();
		if (!deadline.isAfter(now)) {
			throw new EcosystemException("deadlineDay", "ecosystems.consultation.deadline-past");
		}
		List<String> options = List.copyOf(new LinkedHashSet<>(draft.options()
			.stream()
			.map(Text::clean)
			.filter(Objects::nonNull)
			.map((o) -> Text.cut(o, 300))
			.toList()));
		if (options.size() < 2) {
			throw new EcosystemException("options", "ecosystems.consultation.two-options");
		}
		if (options.size() > MAX_OPTIONS) {
			throw new EcosystemException("options", "ecosystems.consultation.too-many-options");
		}
		if (draft.quorumPercent() < 0 || draft.quorumPercent() > 100) {
			throw new EcosystemException("quorumPercent", "ecosystems.consultation.quorum-range");
		}
		String question = draft.question().strip();
		long id = this.consultations.insert(ecosystemId, question, draft.quorumPercent(), draft.majority(),
				draft.secret(), deadline, Text.clean(draft.charterText()), options, coordinator.id(), now);
		this.events.publishEvent(new ConsultationOpened(ecosystemId, ecosystem.getName(), id, question, deadline));
		return id;
	}

	@Transactional
	void vote(CoopexUser member, long ecosystemId, long consultationId, long optionId) {
		this.guards.requireMemberCompany(member, ecosystemId);
		this.consultations.find(ecosystemId, consultationId).orElseThrow(EcosystemNotFoundException::new);
		Consultations.Row consultation = this.consultations.lock(consultationId).orElseThrow();
		Instant now = this.clock.instant();
		if (consultation.closed() || !consultation.deadline().isAfter(now)) {
			throw new EcosystemException(null, "ecosystems.consultation.closed");
		}
		if (this.consultations.options(consultationId).stream().noneMatch((o) -> o.id() == optionId)) {
			throw new EcosystemException("optionId", "ecosystems.consultation.unknown-option");
		}
		if (this.consultations.voted(consultationId, member.organisationId())) {
			throw new EcosystemException(null, "ecosystems.consultation.already-voted");
		}
		try {
			this.consultations.vote(consultationId, member.organisationId(), member.id(), optionId,
					consultation.secret(), now);
		}
		catch (DuplicateKeyException raced) {
			throw new EcosystemException(null, "ecosystems.consultation.already-voted");
		}
	}

}
