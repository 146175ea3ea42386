package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The subsidies a firm received through the cost pools of its ecosystems, for its de
 * minimis register. The ledger (which depends on the catalogue) provides it; without a
 * ledger, a firm's register has no such line.
 */
public interface PoolSubsidies {

	/**
	 * One subsidy a firm received in a confirmed split.
	 *
	 * @param aidId the catalogue aid the subsidy comes from, or null when none was named
	 * @param label the subsidy's label in its pool
	 * @param pool the pool's title
	 * @param receivedOn the day the split was confirmed
	 * @param amount what the subsidy took off the firm's share, in euros (positive)
	 */
	record Received(Long aidId, String label, String pool, LocalDate receivedOn, BigDecimal amount) {
	}

	/** Every subsidy the company received in the confirmed splits of its pools. */
	List<Received> received(long companyId);

}
