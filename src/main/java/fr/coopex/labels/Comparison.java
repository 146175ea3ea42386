package fr.coopex.labels;

import java.math.BigDecimal;

/** How an indicator's value is compared with a criterion's threshold. */
public enum Comparison {

	AT_LEAST, AT_MOST;

	/** Whether the value meets the threshold (never when the value is unknown). */
	public boolean holds(BigDecimal value, BigDecimal threshold) {
		if (value == null || threshold == null) {
			return false;
		}
		int order = value.compareTo(threshold);
		return (this == AT_LEAST) ? order >= 0 : order <= 0;
	}

}
