package fr.coopex.aids;

/**
 * The order of a catalogue search's results ({@link CatalogueIndex}) as one sortable
 * number per aid: status rank first (open aids, then those of unknown status, closed,
 * historical), then the order asked for in 32 bits, the aid's position (its name rank)
 * last. Sorted by name, the status does not count: the reader asked for alphabetical
 * order.
 */
final class CatalogueOrder {

	/** A closing date that is not known. */
	static final int NO_DATE = Integer.MIN_VALUE;

	private static final long POSITION_MASK = (1L << 28) - 1;

	private CatalogueOrder() {
	}

	/**
	 * @param status the aid's status ordinal, negative when unknown
	 * @param closesOn the aid's closing day (epoch day) or {@link #NO_DATE}
	 * @param today the epoch day of today
	 */
	static long key(AidSearch.Sort sort, int status, int closesOn, float score, int today, int position) {
		long primary = switch (sort) {
			case RELEVANCE -> (long) (Integer.MAX_VALUE - Math.min(score * 100f, Integer.MAX_VALUE - 1));
			case DEADLINE -> (closesOn == NO_DATE || closesOn < today) ? Integer.MAX_VALUE : closesOn - (long) today;
			case NAME -> 0;
		};
		long statusRank = (sort == AidSearch.Sort.NAME) ? 0 : statusRank(status);
		return (statusRank << 60) | (primary << 28) | position;
	}

	/** The aid's position in a key. */
	static int position(long key) {
		return (int) (key & POSITION_MASK);
	}

	/** Open aids first, then those of unknown status, closed, historical. */
	private static long statusRank(int status) {
		if (status == AidStatus.OPEN.ordinal()) {
			return 0;
		}
		return status < 0 ? 1 : status + 1;
	}

}
