package fr.coopex.companies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the copy of the directory's word index ({@link WordIndex}) from the database: the
 * profiles in name order with their region and searched lines, then the word rows, each
 * word's companies gathered by rank.
 */
final class WordIndexReader {

	private WordIndexReader() {
	}

	/**
	 * Reads the index with the profiles' regions and searched lines; the caller runs it
	 * in one read-only transaction, so that both are read at the same moment.
	 */
	static WordIndex read(JdbcTemplate jdbc, Instant takenAt) {
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
		return new WordIndex(takenAt, idArray, codes, bytes(regions), bytes(shown),
				new SearchedLines(lines.names.toArray(new String[0]), lines.trades.toArray(new String[0]),
						lines.capabilities.toArray(new String[0]), bytes(lines.tradeShown), bytes(lines.productsShown)),
				words, postings);
	}

	private static byte[] bytes(IntStream.Builder values) {
		int[] ints = values.build().toArray();
		byte[] bytes = new byte[ints.length];
		for (int i = 0; i < ints.length; i++) {
			bytes[i] = (byte) ints[i];
		}
		return bytes;
	}

	private static int shown(String visibility) {
		return switch (visibility) {
			case "PUBLIC" -> WordIndex.PUBLIC;
			case "ECOSYSTEM" -> WordIndex.ECOSYSTEM;
			default -> WordIndex.PRIVATE;
		};
	}

	/** How widely a profile row shows a field, from its lists of shown fields. */
	private static int shownBy(String publicFields, String ecosystemFields, String field) {
		if (publicFields != null && publicFields.contains(field)) {
			return WordIndex.PUBLIC;
		}
		return (ecosystemFields != null && ecosystemFields.contains(field)) ? WordIndex.ECOSYSTEM : WordIndex.PRIVATE;
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
