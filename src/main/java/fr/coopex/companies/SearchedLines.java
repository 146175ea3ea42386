package fr.coopex.companies;

import java.util.BitSet;

/**
 * Each company's searched lines in the in-memory word index, as the profile keeps them
 * (legal name, trade name, products and keywords; null when empty), with how widely it
 * shows its trade name and its products.
 */
record SearchedLines(String[] names, String[] trades, String[] capabilities, byte[] tradeShown, byte[] productsShown) {

	/**
	 * Whether a company has the phrase (each word after a space) in one field the viewer
	 * sees, as the directory's SQL finds it ({@code like '% words%'}).
	 */
	boolean says(int rank, String phrase, int me, BitSet neighbours) {
		return has(this.names[rank], phrase)
				|| (has(this.trades[rank], phrase) && WordIndex.sees(this.tradeShown[rank], rank, me, neighbours))
				|| (has(this.capabilities[rank], phrase)
						&& WordIndex.sees(this.productsShown[rank], rank, me, neighbours));
	}

	private static boolean has(String line, String phrase) {
		return line != null && line.contains(phrase);
	}

}
