package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the transparency reports and the cooperation statements read of the confirmed
 * pools: totals and keys of each shared action, cash called and collected, and a
 * company's own share of each stand (for its own statement, or summed over the ecosystem
 * for a report: never shown firm by firm). A pool counts in the period in which its
 * current split was confirmed. Read-only. Periods: {@code from} inclusive, {@code until}
 * exclusive. The observatory reads the totals of every ecosystem's confirmed pools. The
 * queries are {@link CooperationQueries}'.
 */
@Component
public class CooperationFigures {

	private final CooperationQueries queries;

	CooperationFigures(CooperationQueries queries) {
		this.queries = queries;
	}

	/**
	 * A shared action's pool as a whole.
	 *
	 * @param ownerKind {@code STAND} or {@code MISSION}
	 * @param keys how its costs were split: the pool's key, then the other keys its items
	 * use
	 * @param total what it cost in all (VAT included), before subsidies
	 * @param subsidies what the subsidies paid of it
	 */
	public record PoolTotal(long poolId, String ownerKind, long ownerId, String title, List<String> keys,
			long participants, BigDecimal total, BigDecimal subsidies) {
	}

	/**
	 * A company's part of a shared stand.
	 *
	 * @param area the area it booked, m²
	 * @param totalArea the area booked by all the stand's participants, m²
	 * @param poolCost what the stand cost in all before subsidies (VAT included)
	 * @param cost its share of that cost
	 * @param subsidy the subsidies granted on its share
	 */
	public record StandShare(long poolId, long standId, long ecosystemId, String title, long companyId, BigDecimal area,
			BigDecimal totalArea, BigDecimal poolCost, BigDecimal cost, BigDecimal subsidy) {

		/** What it paid: its share less its subsidies. */
		public BigDecimal paid() {
			return this.cost.subtract(this.subsidy);
		}

	}

	/** Cash called from the members (less lines cancelled) and collected from them. */
	public record Cash(BigDecimal called, BigDecimal collected) {
	}

	@Transactional(readOnly = true)
	public List<PoolTotal> pools(long ecosystemId, Instant from, Instant until) {
		return this.queries.pools(ecosystemId, from, until);
	}

	/**
	 * The shares of the company in the stands of every ecosystem confirmed in the period.
	 */
	@Transactional(readOnly = true)
	public List<StandShare> sharesOfCompany(long companyId, Instant from, Instant until) {
		return this.queries.shares("l.company_id = ?", companyId, from, until);
	}

	/** Every company's share in the ecosystem's stands confirmed in the period. */
	@Transactional(readOnly = true)
	public List<StandShare> sharesInEcosystem(long ecosystemId, Instant from, Instant until) {
		return this.queries.shares("p.ecosystem_id = ?", ecosystemId, from, until);
	}

	/**
	 * The subsidies granted on the company's shares of the pools (stands and missions) of
	 * the ecosystem confirmed in the period.
	 */
	@Transactional(readOnly = true)
	public BigDecimal subsidiesOf(long companyId, long ecosystemId, Instant from, Instant until) {
		return this.queries.subsidiesOf(companyId, ecosystemId, from, until);
	}

	/**
	 * Cash called from members by calls made in the period (less the lines cancelled),
	 * and payments the coordination body received from members in the period, over the
	 * ecosystem's pools.
	 */
	@Transactional(readOnly = true)
	public Cash cash(long ecosystemId, Instant from, Instant until, LocalDate fromDay, LocalDate untilDay) {
		return this.queries.cash(ecosystemId, from, until, fromDay, untilDay);
	}

	/**
	 * The confirmed shared actions of one ecosystem, over all time.
	 *
	 * @param actions how many pools (stands and missions) were confirmed
	 * @param total what they cost in all (VAT included), before subsidies
	 * @param subsidies what the subsidies paid of it
	 * @param participants the companies that took a share (to count how many companies a
	 * figure rests on; never shown)
	 */
	public record EcosystemTotals(long actions, BigDecimal total, BigDecimal subsidies, Set<Long> participants) {
	}

	/** The confirmed shared actions of each ecosystem that has some, by ecosystem id. */
	@Transactional(readOnly = true)
	public Map<Long, EcosystemTotals> confirmedByEcosystem() {
		return this.queries.confirmedByEcosystem();
	}

}
