package fr.coopex.ecosystems;

import java.util.List;

/**
 * The result of a consultation from its votes: no quorum when fewer member companies
 * voted than the share required (or none voted); otherwise adopted when one option alone
 * has the most votes and they reach the majority, rejected when none does (a tie at the
 * top is rejected). For a charter, only the first option (approve) adopts it.
 *
 * @param outcome {@code adopted}, {@code rejected} or {@code no-quorum}
 * @param winner the position of the winning option, -1 for none
 */
record Tally(String outcome, int winner) {

	static final String ADOPTED = "adopted";

	static final String REJECTED = "rejected";

	static final String NO_QUORUM = "no-quorum";

	/**
	 * @param votes the votes of each option, in their order
	 * @param entitled the member companies that could vote
	 * @param quorumPercent the share of them that must vote
	 * @param approvalOnly the first option is the only one that adopts (a charter)
	 */
	static Tally of(List<Integer> votes, int entitled, int quorumPercent, Majority majority, boolean approvalOnly) {
		int cast = votes.stream().mapToInt(Integer::intValue).sum();
		if (cast == 0 || cast * 100L < (long) quorumPercent * entitled) {
			return new Tally(NO_QUORUM, -1);
		}
		int top = -1;
		boolean tie = false;
		for (int i = 0; i < votes.size(); i++) {
			if (top < 0 || votes.get(i) > votes.get(top)) {
				top = i;
				tie = false;
			}
			else if (votes.get(i).equals(votes.get(top))) {
				tie = true;
			}
		}
		if (tie || !majority.reachedBy(votes.get(top), cast)) {
			return new Tally(REJECTED, -1);
		}
		if (approvalOnly && top != 0) {
			return new Tally(REJECTED, top);
		}
		return new Tally(ADOPTED, top);
	}

}
