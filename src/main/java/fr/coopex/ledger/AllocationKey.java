package fr.coopex.ledger;

/**
 * How a cost is spread among the participants of a pool.
 */
public enum AllocationKey {

	/** In proportion to the area each participant booked (m²). */
	BY_AREA,
	/** The same share for everyone. */
	EQUAL,
	/** In proportion to a weight typed by the coordinator for each participant. */
	WEIGHTS,
	/**
	 * In proportion to a weight taken from the participant's headcount band: 1 under 10
	 * people, 2 from 10 to 49, 3 from 50 to 249, 4 from 250.
	 */
	HEADCOUNT_BAND,
	/**
	 * Fixed amounts for some participants, the rest spread among the others by another
	 * key.
	 */
	FIXED;

	/** Whether this key may spread what fixed amounts leave (any key but FIXED). */
	public boolean canSpreadRest() {
		return this != FIXED;
	}

	/** The weight of a headcount in the {@link #HEADCOUNT_BAND} key. */
	static int headcountWeight(Integer headcount) {
		if (headcount == null || headcount < 10) {
			return 1;
		}
		if (headcount < 50) {
			return 2;
		}
		return (headcount < 250) ? 3 : 4;
	}

}
