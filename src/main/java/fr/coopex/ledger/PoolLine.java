package fr.coopex.ledger;

import java.math.BigDecimal;

/**
 * One pool in a list or an ecosystem account: the company's share (provisional until
 * confirmed), its balance and what of it is due now; null for a viewer who is not a
 * participant.
 */
public record PoolLine(long poolId, String title, PoolStatus status, BigDecimal share, BigDecimal balance,
		BigDecimal dueNow) {
}
