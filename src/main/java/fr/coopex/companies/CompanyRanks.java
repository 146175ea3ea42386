package fr.coopex.companies;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * The companies of the in-memory word index by rank in the order of legal names, and the
 * rank of each.
 */
final class CompanyRanks {

	/** Company ids by rank: the order of legal names. */
	private final long[] ids;

	/** The same ids, sorted, and the rank of each. */
	private final long[] sortedIds;

	private final int[] rankOfSorted;

	CompanyRanks(long[] ids) {
		this.ids = ids;
		this.sortedIds = ids.clone();
		Arrays.sort(this.sortedIds);
		this.rankOfSorted = new int[ids.length];
		for (int rank = 0; rank < ids.length; rank++) {
			this.rankOfSorted[Arrays.binarySearch(this.sortedIds, ids[rank])] = rank;
		}
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
