package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.fairs.StandFairs;
import fr.coopex.fairs.StandFairs.FairRef;
import fr.coopex.ledger.CooperationFigures;
import fr.coopex.ledger.CooperationFigures.StandShare;
import fr.coopex.missions.MissionCounts;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.transparency.CooperationStatement.Part;
import fr.coopex.transparency.CooperationStatement.StandLine;

/**
 * The yearly cooperation statement of a company ({@link CooperationStatement}), the sum
 * of every member's statement for an ecosystem's report, and the reference prices per m²
 * that coordinators give per fair.
 */
@Service
public class CooperationStatements {

	/** The highest reference price per m² accepted, in euros. */
	static final BigDecimal MAX_PRICE = new BigDecimal("100000");

	private final CooperationFigures figures;

	private final StandFairs fairs;

	private final MissionCounts missions;

	private final EcosystemManagement ecosystems;

	private final ReferencePrices prices;

	private final ReportPdfs pdfs;

	private final Clock clock;

	CooperationStatements(CooperationFigures figures, StandFairs fairs, MissionCounts missions,
			EcosystemManagement ecosystems, ReferencePrices prices, ReportPdfs pdfs, Clock clock) {
		this.pdfs = pdfs;
		this.figures = figures;
		this.fairs = fairs;
		this.missions = missions;
		this.ecosystems = ecosystems;
		this.prices = prices;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

	/** The statement of the viewer's own company for a year. */
	@Transactional(readOnly = true)
	public CooperationStatement statement(CoopexUser viewer, int year) {
		if (viewer == null || !viewer.hasRole(Role.MEMBER)) {
			throw new AccessDeniedException("only a company sees its statement");
		}
		long companyId = viewer.organisationId();
		Instant from = startOf(LocalDate.of(year, 1, 1));
		Instant until = startOf(LocalDate.of(year + 1, 1, 1));
		List<StandShare> shares = this.figures.sharesOfCompany(companyId, from, until);
		Set<Long> ecosystemIds = new LinkedHashSet<>();
		this.ecosystems.mine(viewer).stream().map(EcosystemSummary::id).forEach(ecosystemIds::add);
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
		return new CooperationStatement(companyId, viewer.organisationName(), year, parts,
				sum(all.stream().map(StandLine::aloneCost).toList()), sum(all.stream().map(StandLine::paid).toList()),
				sum(parts.stream().map(Part::subsidies).toList()), sum(parts.stream().map(Part::saved).toList()),
				parts.stream().mapToLong(Part::missionsJoined).sum(), parts.stream().mapToLong(Part::leads).sum());
	}

	/** The statement of the viewer's own company for a year, as a PDF in its language. */
	@Transactional(readOnly = true)
	public byte[] pdf(CoopexUser viewer, int year, Locale locale) {
		return this.pdfs.statement(statement(viewer, year), locale);
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

	/** A fair of the ecosystem with the reference price given for it, if any. */
	public record PriceRow(long fairId, String fairName, LocalDate startsOn, BigDecimal pricePerM2) {
	}

	/** The fairs of the ecosystem's stands with their reference prices (coordinators). */
	@Transactional(readOnly = true)
	public List<PriceRow> referencePrices(CoopexUser coordinator, long ecosystemId) {
		requireCoordinator(coordinator, ecosystemId);
		Map<Long, BigDecimal> given = this.prices.of(ecosystemId);
		return this.fairs.fairsOfEcosystem(ecosystemId)
			.stream()
			.map((f) -> new PriceRow(f.fairId(), f.name(), f.startsOn(), given.get(f.fairId())))
			.toList();
	}

	/**
	 * States what a m² would have cost a firm alone at a fair where the ecosystem has a
	 * stand (all costs, VAT included): from 0 to {@link #MAX_PRICE} euros.
	 */
	@Transactional
	public void setReferencePrice(CoopexUser coordinator, long ecosystemId, long fairId, BigDecimal price) {
		requireCoordinator(coordinator, ecosystemId);
		if (this.fairs.fairsOfEcosystem(ecosystemId).stream().noneMatch((f) -> f.fairId() == fairId)) {
			throw new TransparencyException("fairId", "transparency.price.fair-unknown");
		}
		if (price == null || price.signum() < 0) {
			throw new TransparencyException("price", "transparency.price.negative");
		}
		if (price.compareTo(MAX_PRICE) > 0 || price.scale() > 2) {
			throw new TransparencyException("price", "transparency.price.too-large");
		}
		this.prices.set(ecosystemId, fairId, price, coordinator.id(), this.clock.instant());
	}

	void requireCoordinator(CoopexUser user, long ecosystemId) {
		if (user == null || !this.ecosystems.isCoordinator(user, ecosystemId)) {
			throw new ReportNotFoundException();
		}
	}

	private static StandLine line(StandShare share, FairRef fair, Map<Long, BigDecimal> reference) {
		return Savings.of(share, (fair != null) ? fair.name() : "",
				(fair != null) ? reference.get(fair.fairId()) : null);
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ClockConfiguration.PARIS).toInstant();
	}

	static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

}
