package fr.coopex.companies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.springframework.jdbc.core.JdbcTemplate;

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

	private static final int PRIVATE = 0;

	private static final int ECOSYSTEM = 1;

	private static final int PUBLIC = 2;

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

	private WordIndex(Instant takenAt, long[] ids, String[] regionCodes, byte[] region, byte[] regionShown, Lines lines,
			String[] words, int[][] postings) {
		this.takenAt = takenAt;
		this.ids = ids;
		this.sortedIds = ids.clone();
		Arrays.sort(this.sortedIds);
		this.rankOfSorted = new int[ids.length];
		Map<Long, Integer> rank = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			rank.put(ids[i], i);
		}
		for (int i = 0; i < this.sortedIds.length; i++) {
			this.rankOfSorted[i] = rank.get(this.sortedIds[i]);
		}
		this.regionCodes = regionCodes;
		this.region = region;
		this.regionShown = regionShown;
		this.names = lines.names.toArray(new String[0]);
		this.trades = lines.trades.toArray(new String[0]);
		this.capabilities = lines.capabilities.toArray(new String[0]);
		this.tradeShown = bytes(lines.tradeShown);
		this.productsShown = bytes(lines.productsShown);
		this.words = words;
		this.postings = postings;
	}

	/**
	 * Reads the index and the profiles' regions; the caller runs it in one read-only
	 * transaction, so that both are read at the same moment.
	 */
	static WordIndex load(JdbcTemplate jdbc, Instant takenAt) {
		LongStream.Builder ids = LongStream.builder();
		IntStream.Builder regions = IntStream.builder();
		IntStream.Builder shown = IntStream.builder();
		Map<String, Integer> regionIndex = new HashMap<>();
		Lines lines = new Lines();
		jdbc.query("select company_id, region, public_fields, ecosystem_fields, name_search, trade_search,"
				+ " capability_search from company_profile order by legal_name, company_id", (rs) -> {
					ids.add(rs.getLong(1));
					String code = rs.getString(2);
					regions.add(code == null ? -1 : regionIndex.computeIfAbsent(code, (c) -> regionIndex.size()));
					String publicFields = rs.getString(3);
					String ecosystemFields = rs.getString(4);
					shown.add(shownBy(publicFields, ecosystemFields, ",REGION,"));
					lines.names.add(rs.getString(5));
					lines.trades.add(rs.getString(6));
					lines.capabilities.add(rs.getString(7));
					lines.tradeShown.add(shownBy(publicFields, ecosystemFields, ",TRADE_NAME,"));
					lines.productsShown.add(shownBy(publicFields, ecosystemFields, ",PRODUCTS,"));
				});
		long[] idArray = ids.build().toArray();
		Map<Long, Integer> rankOf = new HashMap<>(idArray.length * 2);
		for (int i = 0; i < idArray.length; i++) {
			rankOf.put(idArray[i], i);
		}
		Map<String, Postings> byWord = new HashMap<>();
		jdbc.query("select word, company_id, visibility from company_search_word", (rs) -> {
			Integer rank = rankOf.get(rs.getLong(2));
			if (rank != null) {
				byWord.computeIfAbsent(rs.getString(1), (w) -> new Postings()).add(rank << 2 | shown(rs.getString(3)));
			}
		});
		String[] words = byWord.keySet().toArray(new String[0]);
		Arrays.sort(words);
		int[][] postings = new int[words.length][];
		for (int i = 0; i < words.length; i++) {
			postings[i] = byWord.get(words[i]).sorted();
		}
		String[] codes = new String[regionIndex.size()];
		regionIndex.forEach((code, index) -> codes[index] = code);
		return new WordIndex(takenAt, idArray, codes, bytes(regions), bytes(shown), lines, words, postings);
	}

	private static byte[] bytes(IntStream.Builder values) {
		int[] ints = values.build().toArray();
		byte[] bytes = new byte[ints.length];
		for (int i = 0; i < ints.length; i++) {
			bytes[i] = (byte) ints[i];
		}
		return bytes;
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

	private static int shown(String visibility) {
		return switch (visibility) {
			case "PUBLIC" -> PUBLIC;
			case "ECOSYSTEM" -> ECOSYSTEM;
			default -> PRIVATE;
		};
	}

	/** How widely a profile row shows a field, from its lists of shown fields. */
	private static int shownBy(String publicFields, String ecosystemFields, String field) {
		if (publicFields != null && publicFields.contains(field)) {
			return PUBLIC;
		}
		return (ecosystemFields != null && ecosystemFields.contains(field)) ? ECOSYSTEM : PRIVATE;
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

	/** The searched lines while they are read, in name order. */
	private static final class Lines {

		final List<String> names = new ArrayList<>();

		final List<String> trades = new ArrayList<>();

		final List<String> capabilities = new ArrayList<>();

		final IntStream.Builder tradeShown = IntStream.builder();

		final IntStream.Builder productsShown = IntStream.builder();

	}

	/** A word's companies while they are read: a growing array of ints. */
	private static final class Postings {

		private int[] values = new int[2];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int[] sorted() {
			int[] sorted = Arrays.copyOf(this.values, this.size);
			Arrays.sort(sorted);
			return sorted;
		}

	}

}
