package fr.coopex.companies;

import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable in-memory copy of the directory's word index ({@code company_search_word})
 * taken at one moment: each word with the companies holding it, by their rank in the
 * order of legal names, and each company's region with how widely it shows it. A query's
 * companies are then found by combining a few sorted lists in memory, however common its
 * words are, instead of reading every company of its most common word from the database.
 * <p>
 * It also holds each company's searched lines, so that the words in order are checked
 * there too. The companies changed since it was taken are looked for in SQL
 * ({@link DirectoryIndex}).
 */
final class WordIndex {

	static final int PRIVATE = 0;

	static final int ECOSYSTEM = 1;

	static final int PUBLIC = 2;

	/** When the copy was begun, by the clock that dates the profiles' changes. */
	final Instant takenAt;

	/** Company ids by rank: the order of legal names. */
	private final long[] ids;

	/** The same ids, sorted, and the rank of each. */
	private final long[] sortedIds;

	private final int[] rankOfSorted;

	private final String[] regionCodes;

	/** Each company's region, an index of {@link #regionCodes} (-1: none). */
	private final byte[] region;

	/** How widely each company shows its region. */
	private final byte[] regionShown;

	/**
	 * Each company's searched lines as the profile keeps them: legal name, trade name,
	 * products and keywords (null when empty).
	 */
	private final String[] names;

	private final String[] trades;

	private final String[] capabilities;

	/** How widely each company shows its trade name, and its products. */
	private final byte[] tradeShown;

	private final byte[] productsShown;

	/** The index's words, in order. */
	private final String[] words;

	/** For each word, its companies: rank shifted left by two, then how widely shown. */
	private final int[][] postings;

	WordIndex(Instant takenAt, long[] ids, String[] regionCodes, byte[] region, byte[] regionShown, String[] names,
			String[] trades, String[] capabilities, byte[] tradeShown, byte[] productsShown, String[] words,
			int[][] postings) {
		this.takenAt = takenAt;
		this.ids = ids;
		this.sortedIds = ids.clone();
		Arrays.sort(this.sortedIds);
		this.rankOfSorted = new int[ids.length];
		for (int rank = 0; rank < ids.length; rank++) {
			this.rankOfSorted[Arrays.binarySearch(this.sortedIds, ids[rank])] = rank;
		}
		this.regionCodes = regionCodes;
		this.region = region;
		this.regionShown = regionShown;
		this.names = names;
		this.trades = trades;
		this.capabilities = capabilities;
		this.tradeShown = tradeShown;
		this.productsShown = productsShown;
		this.words = words;
		this.postings = postings;
	}

	/** How many companies it holds. */
	int size() {
		return this.ids.length;
	}

	/** The company of a rank. */
	long id(int rank) {
		return this.ids[rank];
	}

	/** The rank of a company, or -1 when it was not there when the copy was taken. */
	int rank(long id) {
		int at = Arrays.binarySearch(this.sortedIds, id);
		return at < 0 ? -1 : this.rankOfSorted[at];
	}

	/**
	 * The ranks of the companies that hold every term where the viewer may see it, and
	 * show the region to the viewer when one is asked for.
	 * @param terms the query's words as the index keeps them, at least one: every one but
	 * the last whole, the last a beginning
	 * @param me the viewer's own rank, or -1
	 * @param neighbours the ranks of the companies sharing an ecosystem with the viewer
	 * @param regionCode a region's code, or null
	 */
	BitSet matching(List<String> terms, int me, BitSet neighbours, String regionCode) {
		BitSet result = null;
		for (int i = 0; i < terms.size() && (result == null || !result.isEmpty()); i++) {
			BitSet seen = seen(terms.get(i), i == terms.size() - 1, me, neighbours);
			if (result == null) {
				result = seen;
			}
			else {
				result.and(seen);
			}
		}
		if (regionCode != null) {
			int wanted = Arrays.asList(this.regionCodes).indexOf(regionCode);
			for (int rank = result.nextSetBit(0); rank >= 0; rank = result.nextSetBit(rank + 1)) {
				if (wanted < 0 || this.region[rank] != wanted || !sees(this.regionShown[rank], rank, me, neighbours)) {
					result.clear(rank);
				}
			}
		}
		return result;
	}

	/**
	 * Whether a company has the phrase (each word after a space) in one field the viewer
	 * sees, as the directory's SQL finds it ({@code like '% words%'}).
	 */
	boolean says(int rank, String phrase, int me, BitSet neighbours) {
		return has(this.names[rank], phrase)
				|| (has(this.trades[rank], phrase) && sees(this.tradeShown[rank], rank, me, neighbours))
				|| (has(this.capabilities[rank], phrase) && sees(this.productsShown[rank], rank, me, neighbours));
	}

	private static boolean has(String line, String phrase) {
		return line != null && line.contains(phrase);
	}

	/** The ranks holding a word, or a word beginning so, where the viewer sees it. */
	private BitSet seen(String term, boolean beginning, int me, BitSet neighbours) {
		BitSet seen = new BitSet(this.ids.length);
		int from = Arrays.binarySearch(this.words, term);
		if (!beginning) {
			if (from >= 0) {
				add(this.postings[from], me, neighbours, seen);
			}
			return seen;
		}
		for (int i = (from < 0) ? -from - 1 : from; i < this.words.length && this.words[i].startsWith(term); i++) {
			add(this.postings[i], me, neighbours, seen);
		}
		return seen;
	}

	private static void add(int[] posting, int me, BitSet neighbours, BitSet seen) {
		for (int entry : posting) {
			int rank = entry >>> 2;
			if (sees(entry & 3, rank, me, neighbours)) {
				seen.set(rank);
			}
		}
	}

	private static boolean sees(int shown, int rank, int me, BitSet neighbours) {
		return shown == PUBLIC || rank == me || (shown == ECOSYSTEM && neighbours.get(rank));
	}

	/** The ranks of a set of companies, those the copy holds. */
	BitSet ranks(Set<Long> companies) {
		BitSet ranks = new BitSet(this.ids.length);
		for (long id : companies) {
			int rank = rank(id);
			if (rank >= 0) {
				ranks.set(rank);
			}
		}
		return ranks;
	}

}
