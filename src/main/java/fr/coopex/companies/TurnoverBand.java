package fr.coopex.companies;

/**
 * Annual turnover bands, in euros, with the upper bound of each (for eligibility rules).
 */
public enum TurnoverBand {

	NO_ACCOUNTS_YET(0), UNDER_500K(500_000L), FROM_500K_TO_2M(2_000_000L), FROM_2M_TO_10M(10_000_000L),
	FROM_10M_TO_50M(50_000_000L), FROM_50M_TO_250M(250_000_000L), OVER_250M(Long.MAX_VALUE);

	private final long max;

	TurnoverBand(long max) {
		this.max = max;
	}

	public long max() {
		return this.max;
	}

}
