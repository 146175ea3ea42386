package fr.coopex.aids;

/**
 * The size categories of French and EU law (décret 2008-1354, EU recommendation
 * 2003/361): an aid reserved to "SMEs" accepts micro-firms and SMEs. Each category is
 * defined by a headcount below {@link #headcountBelow()} and a turnover of at most
 * {@link #turnoverAtMost()} euros, or a balance sheet of at most
 * {@link #balanceSheetAtMost()} euros (which company profiles do not record).
 */
public enum CompanySize {

	MICRO(10, 2_000_000L, 2_000_000L), SME(250, 50_000_000L, 43_000_000L), MIDCAP(5000, 1_500_000_000L, 2_000_000_000L);

	private final int headcountBelow;

	private final long turnoverAtMost;

	private final long balanceSheetAtMost;

	CompanySize(int headcountBelow, long turnoverAtMost, long balanceSheetAtMost) {
		this.headcountBelow = headcountBelow;
		this.turnoverAtMost = turnoverAtMost;
		this.balanceSheetAtMost = balanceSheetAtMost;
	}

	public int headcountBelow() {
		return this.headcountBelow;
	}

	public long turnoverAtMost() {
		return this.turnoverAtMost;
	}

	public long balanceSheetAtMost() {
		return this.balanceSheetAtMost;
	}

}
