package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.audit.ExchangeRegister;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.GovernanceRecord;
import fr.coopex.ecosystems.MembershipMovements;
import fr.coopex.ledger.CooperationFigures;
import fr.coopex.ledger.CooperationFigures.PoolTotal;
import fr.coopex.shared.config.ClockConfiguration;

/**
 * Computes the figures of an ecosystem's report for a period from the read-only services
 * of the modules that hold the data. A period still running counts up to now.
 */
@Component
class ReportCalculator {

	private final EcosystemManagement ecosystems;

	private final MembershipMovements movements;

	private final CooperationFigures pools;

	private final GovernanceRecord governance;

	private final ExchangeRegister register;

	private final CooperationSums sums;

	private final Clock clock;

	ReportCalculator(EcosystemManagement ecosystems, MembershipMovements movements, CooperationFigures pools,
			GovernanceRecord governance, ExchangeRegister register, CooperationSums sums, Clock clock) {
		this.ecosystems = ecosystems;
		this.movements = movements;
		this.pools = pools;
		this.governance = governance;
		this.register = register;
		this.sums = sums;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ReportFigures compute(long ecosystemId, ReportPeriod period) {
		Instant now = this.clock.instant();
		LocalDate from = period.from();
		LocalDate until = period.until();
		Instant start = CooperationStatements.startOf(from);
		Instant end = CooperationStatements.startOf(until);
		MembershipMovements.Movements members = this.movements.between(ecosystemId, start, end);
		List<PoolTotal> confirmed = this.pools.pools(ecosystemId, start, end);
		List<ReportFigures.Action> actions = confirmed.stream()
			.map((p) -> new ReportFigures.Action(p.ownerKind(), p.title(), p.keys(), p.participants(), p.total(),
					p.subsidies()))
			.toList();
		BigDecimal missionSubsidies = CooperationStatements
			.sum(confirmed.stream().filter((p) -> "MISSION".equals(p.ownerKind())).map(PoolTotal::subsidies).toList());
		CooperationFigures.Cash cash = this.pools.cash(ecosystemId, start, end, from, until);
		List<ReportFigures.Meeting> meetings = this.governance.meetingsHeld(ecosystemId, from, until)
			.stream()
			.map((m) -> new ReportFigures.Meeting(LocalDate.ofInstant(m.startsAt(), ClockConfiguration.PARIS),
					m.title(), m.companiesAttending(), m.minutesKept()))
			.toList();
		List<ReportFigures.Consultation> consultations = this.governance.consultationsClosed(ecosystemId, from, until)
			.stream()
			.map((c) -> new ReportFigures.Consultation(LocalDate.ofInstant(c.closedAt(), ClockConfiguration.PARIS),
					c.question(), c.companiesVoted(), c.companiesEntitled(), c.outcome(), c.winningOption()))
			.toList();
		Map<String, Long> exchanges = new LinkedHashMap<>();
		this.register.countsByKind(ecosystemId, from, until).forEach((kind, count) -> exchanges.put(kind, count));
		return new ReportFigures(this.ecosystems.summary(ecosystemId).name(), period.code(), now,
				new ReportFigures.Members(members.joined(), members.left(), members.activeAtEnd()), actions,
				CooperationStatements.sum(actions.stream().map(ReportFigures.Action::total).toList()),
				CooperationStatements.sum(actions.stream().map(ReportFigures.Action::subsidies).toList()),
				cash.called().setScale(2), cash.collected().setScale(2), meetings, consultations, exchanges,
				this.sums.aggregate(ecosystemId, start, end, missionSubsidies));
	}

}
