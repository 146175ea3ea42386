package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The value of every indicator of an ecosystem, and when they were computed.
 *
 * @param values by indicator; a value is null when it cannot be computed (a share of no
 * one)
 */
public record EvidencePack(Instant computedAt, Map<Indicator, BigDecimal> values) {

	/** Every indicator, in the order pages show them. */
	public java.util.List<Indicator> indicators() {
		return java.util.List.of(Indicator.values());
	}

	public BigDecimal value(Indicator indicator) {
		return this.values.get(indicator);
	}

}
