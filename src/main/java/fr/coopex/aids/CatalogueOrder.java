package fr.coopex.aids;

import java.util.Arrays;

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

	/**
	 * The {@code wanted} smallest of the first {@code count} keys, in order: a page needs
	 * its results and those before it, not the whole list sorted. A heap of the smallest
	 * so far costs a look at each key and a few moves for the rare ones that enter it.
	 */
	static long[] smallest(long[] keys, int count, int wanted) {
		int k = Math.min(wanted, count);
		if (k <= 0) {
			return new long[0];
		}
		// a max-heap of the k smallest keys seen, its largest at the root
		long[] heap = Arrays.copyOf(keys, k);
		for (int i = k / 2 - 1; i >= 0; i--) {
			siftDown(heap, i, k);
		}
		for (int i = k; i < count; i++) {
			if (keys[i] < heap[0]) {
				heap[0] = keys[i];
				siftDown(heap, 0, k);
			}
		}
		Arrays.sort(heap);
		return heap;
	}

	private static void siftDown(long[] heap, int at, int size) {
		long value = heap[at];
		while (true) {
			int child = 2 * at + 1;
			if (child >= size) {
				break;
			}
			if (child + 1 < size && heap[child + 1] > heap[child]) {
				child++;
			}
			if (heap[child] <= value) {
				break;
			}
			heap[at] = heap[child];
			at = child;
		}
		heap[at] = value;
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
