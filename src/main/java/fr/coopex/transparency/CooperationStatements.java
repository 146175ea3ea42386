package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.fairs.StandFairs;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The yearly cooperation statement of a company ({@link CooperationStatement}) as summed
 * by {@link CooperationSums}, and the reference prices per m² that coordinators give per
 * fair.
 */
@Service
public class CooperationStatements {

	/** The highest reference price per m² accepted, in euros. */
	static final BigDecimal MAX_PRICE = new BigDecimal("100000");

	private final StandFairs fairs;

	private final EcosystemManagement ecosystems;

	private final ReferencePrices prices;

	private final CooperationSums sums;

	private final StatementPdf pdfs;

	private final Clock clock;

	CooperationStatements(CooperationSums sums, StandFairs fairs, EcosystemManagement ecosystems,
			ReferencePrices prices, StatementPdf pdfs, Clock clock) {
		this.sums = sums;
		this.pdfs = pdfs;
		this.fairs = fairs;
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
		return this.sums.statement(viewer, year, startOf(LocalDate.of(year, 1, 1)),
				startOf(LocalDate.of(year + 1, 1, 1)));
	}

	/** The statement of the viewer's own company for a year, as a PDF in its language. */
	@Transactional(readOnly = true)
	public byte[] pdf(CoopexUser viewer, int year, Locale locale) {
		return this.pdfs.statement(statement(viewer, year), locale);
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

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ClockConfiguration.PARIS).toInstant();
	}

	static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

}
