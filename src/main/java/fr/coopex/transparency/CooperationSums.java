package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.fairs.StandFairs;
import fr.coopex.fairs.StandFairs.FairRef;
import fr.coopex.ledger.CooperationFigures;
import fr.coopex.ledger.CooperationFigures.StandShare;
import fr.coopex.missions.MissionCounts;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.transparency.CooperationStatement.Part;
import fr.coopex.transparency.CooperationStatement.StandLine;

/**
 * Sums the stands and missions of a company's statement or of every member's for a
 * report.
 */
@Component
class CooperationSums {

	private final CooperationFigures figures;

	private final StandFairs fairs;

	private final MissionCounts missions;

	private final EcosystemManagement ecosystems;

	private final ReferencePrices prices;

	CooperationSums(CooperationFigures figures, StandFairs fairs, MissionCounts missions,
			EcosystemManagement ecosystems, ReferencePrices prices) {
		this.figures = figures;
		this.fairs = fairs;
		this.missions = missions;
		this.ecosystems = ecosystems;
		this.prices = prices;
	}

	/**
	 * The statement of the member's company between two instants, one part per ecosystem.
	 */
	CooperationStatement statement(CoopexUser member, int year, Instant from, Instant until) {
		long companyId = member.organisationId();
		List<StandShare> shares = this.figures.sharesOfCompany(companyId, from, until);
		Set<Long> ecosystemIds = new LinkedHashSet<>();
		this.ecosystems.mine(member).stream().map(EcosystemSummary::id).forEach(ecosystemIds::add);
		shares.forEach((s) -> ecosystemIds.add(s.ecosystemId()));
		Map<Long, FairRef> fairsOfStands = this.fairs.fairsOf(shares.stream().map(StandShare::standId).toList());
		List<Part> parts = new ArrayList<>();
		for (long ecosystemId : ecosystemIds) {
			Map<Long, BigDecimal> reference = this.prices.of(ecosystemId);
			List<StandLine> lines = shares.stream()
				.filter((s) -> s.ecosystemId() == ecosystemId)
				.map((s) -> line(s, fairsOfStands.get(s.standId()), reference))
				.toList();
			BigDecimal subsidies = this.figures.subsidiesOf(companyId, ecosystemId, from, until);
			BigDecimal onStands = sum(lines.stream().map(StandLine::subsidy).toList());
			long joined = this.missions.joined(companyId, ecosystemId, from, until);
			long leads = this.missions.leads(companyId, ecosystemId, from, until);
			if (lines.isEmpty() && subsidies.signum() == 0 && joined == 0 && leads == 0) {
				continue;
			}
			BigDecimal missionSubsidies = subsidies.subtract(onStands);
			BigDecimal saved = sum(lines.stream().map(StandLine::saved).toList()).add(missionSubsidies);
			parts.add(new Part(ecosystemId, this.ecosystems.summary(ecosystemId).name(), lines, subsidies,
					missionSubsidies, joined, leads, saved));
		}
		List<StandLine> all = parts.stream().flatMap((p) -> p.stands().stream()).toList();
		return new CooperationStatement(companyId, member.organisationName(), year, parts,
				sum(all.stream().map(StandLine::aloneCost).toList()), sum(all.stream().map(StandLine::paid).toList()),
				sum(parts.stream().map(Part::subsidies).toList()), sum(parts.stream().map(Part::saved).toList()),
				parts.stream().mapToLong(Part::missionsJoined).sum(), parts.stream().mapToLong(Part::leads).sum());
	}

	/**
	 * Every member's statement for the ecosystem and period, summed: no company's
	 * figures.
	 * @param missionSubsidies the subsidies of the ecosystem's missions in the period
	 */
	ReportFigures.Cooperation aggregate(long ecosystemId, Instant from, Instant until, BigDecimal missionSubsidies) {
		List<StandShare> shares = this.figures.sharesInEcosystem(ecosystemId, from, until);
		Map<Long, FairRef> fairsOfStands = this.fairs.fairsOf(shares.stream().map(StandShare::standId).toList());
		Map<Long, BigDecimal> reference = this.prices.of(ecosystemId);
		List<StandLine> lines = shares.stream().map((s) -> line(s, fairsOfStands.get(s.standId()), reference)).toList();
		Set<Long> companies = new HashSet<>();
		shares.forEach((s) -> companies.add(s.companyId()));
		return new ReportFigures.Cooperation(companies.size(), sum(lines.stream().map(StandLine::aloneCost).toList()),
				sum(lines.stream().map(StandLine::paid).toList()),
				sum(lines.stream().map(StandLine::saved).toList()).add(missionSubsidies),
				this.missions.joinedInEcosystem(ecosystemId, from, until),
				this.missions.leadsInEcosystem(ecosystemId, from, until));
	}

	private static StandLine line(StandShare share, FairRef fair, Map<Long, BigDecimal> reference) {
		return Savings.of(share, (fair != null) ? fair.name() : "",
				(fair != null) ? reference.get(fair.fairId()) : null);
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return CooperationStatements.sum(amounts);
	}

}
