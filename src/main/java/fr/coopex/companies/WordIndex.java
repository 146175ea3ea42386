package fr.coopex.companies;

import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

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

	/** The companies, by rank in the order of legal names. */
	private final CompanyRanks ranks;

	private final String[] regionCodes;

	/** Each company's region, an index of {@link #regionCodes} (-1: none). */
	private final byte[] region;

	/** How widely each company shows its region. */
	private final byte[] regionShown;

	/** Each company's searched lines, checked for the words in order. */
	private final SearchedLines lines;

	/** The index's words, in order. */
	private final String[] words;

	/** For each word, its companies: rank shifted left by two, then how widely shown. */
	private final int[][] postings;

	WordIndex(Instant takenAt, long[] ids, String[] regionCodes, byte[] region, byte[] regionShown, SearchedLines lines,
			String[] words, int[][] postings) {
		this.takenAt = takenAt;
		this.ranks = new CompanyRanks(ids);
		this.regionCodes = regionCodes;
		this.region = region;
		this.regionShown = regionShown;
		this.lines = lines;
		this.words = words;
		this.postings = postings;
	}

	/** The companies of the copy and their ranks. */
	CompanyRanks ranks() {
		return this.ranks;
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

	/** Whether a company has the phrase in one field the viewer sees. */
	boolean says(int rank, String phrase, int me, BitSet neighbours) {
		return this.lines.says(rank, phrase, me, neighbours);
	}

	/** The ranks holding a word, or a word beginning so, where the viewer sees it. */
	private BitSet seen(String term, boolean beginning, int me, BitSet neighbours) {
		BitSet seen = new BitSet(this.ranks.size());
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

	static boolean sees(int shown, int rank, int me, BitSet neighbours) {
		return shown == PUBLIC || rank == me || (shown == ECOSYSTEM && neighbours.get(rank));
	}

}
