package fr.coopex.ecosystems;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTests {

	@Test
	void noQuorumWhenTooFewCompaniesVoted() {
		assertThat(Tally.of(List.of(1, 0), 3, 50, Majority.SIMPLE, false)).isEqualTo(new Tally("no-quorum", -1));
		assertThat(Tally.of(List.of(0, 0), 3, 0, Majority.SIMPLE, false).outcome()).isEqualTo("no-quorum");
	}

	@Test
	void quorumIsReachedAtExactlyTheShare() {
		assertThat(Tally.of(List.of(2, 0), 4, 50, Majority.SIMPLE, false)).isEqualTo(new Tally("adopted", 0));
	}

	@Test
	void aTieAtTheTopIsRejected() {
		assertThat(Tally.of(List.of(2, 2, 1), 5, 50, Majority.SIMPLE, false)).isEqualTo(new Tally("rejected", -1));
		assertThat(Tally.of(List.of(1, 1), 2, 100, Majority.SIMPLE, false).outcome()).isEqualTo("rejected");
	}

	@Test
	void simpleMajorityNeedsMoreThanHalfOfTheVotesCast() {
		assertThat(Tally.of(List.of(2, 1, 1), 4, 50, Majority.SIMPLE, false).outcome()).isEqualTo("rejected");
		assertThat(Tally.of(List.of(3, 1, 1), 5, 50, Majority.SIMPLE, false)).isEqualTo(new Tally("adopted", 0));
	}

	@Test
	void twoThirdsMajority() {
		assertThat(Tally.of(List.of(1, 2), 3, 50, Majority.TWO_THIRDS, false)).isEqualTo(new Tally("adopted", 1));
		assertThat(Tally.of(List.of(3, 2), 5, 50, Majority.TWO_THIRDS, false).outcome()).isEqualTo("rejected");
		assertThat(Majority.TWO_THIRDS.reachedBy(4, 6)).isTrue();
		assertThat(Majority.TWO_THIRDS.reachedBy(3, 5)).isFalse();
	}

	@Test
	void aCharterIsAdoptedOnlyByItsApprovingOption() {
		assertThat(Tally.of(List.of(1, 3), 4, 50, Majority.SIMPLE, true)).isEqualTo(new Tally("rejected", 1));
		assertThat(Tally.of(List.of(3, 1), 4, 50, Majority.SIMPLE, true)).isEqualTo(new Tally("adopted", 0));
	}

}
