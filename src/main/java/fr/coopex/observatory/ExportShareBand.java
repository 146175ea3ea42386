package fr.coopex.observatory;

/** Bands of the share of turnover exported, in percent. */
public enum ExportShareBand {

	NONE, UP_TO_10, FROM_11_TO_25, FROM_26_TO_50, OVER_50;

	public static ExportShareBand of(Integer share) {
		if (share == null) {
			return null;
		}
		if (share <= 0) {
			return NONE;
		}
		if (share <= 10) {
			return UP_TO_10;
		}
		if (share <= 25) {
			return FROM_11_TO_25;
		}
		return share <= 50 ? FROM_26_TO_50 : OVER_50;
	}

}
