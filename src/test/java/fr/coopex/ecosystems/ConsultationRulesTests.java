package fr.coopex.ecosystems;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ecosystems.EcosystemGovernance.ConsultationDraft;
import fr.coopex.ecosystems.GovernanceFixtures.Ecosystem;
import fr.coopex.ecosystems.GovernanceViews.Consultation;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of consultations, through the module's service and the closing job on a moved
 * clock: quorum, ties, secret ballots, late and second votes, and the charter that
 * applies when adopted.
 */
@IntegrationTest
class ConsultationRulesTests {

	@Autowired
	GovernanceFixtures fixtures;

	@Autowired
	EcosystemGovernance governance;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	ConsultationClosing closing;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void quorumNotMetRecordsNoQuorumAndNoWinner() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(3);
		long id = this.fixtures.open(e, 100, Majority.SIMPLE, false, null, "Oui", "Non");
		this.governance.vote(e.members().get(0), e.id(), id, this.fixtures.options(e, id).get(0));
		this.closing.runAt(this.fixtures.afterDeadlines());
		Consultation closed = this.governance.consultation(e.coordinator(), e.id(), id);
		assertThat(closed.closed()).isTrue();
		assertThat(closed.outcome()).isEqualTo("no-quorum");
		assertThat(closed.winningOptionId()).isNull();
		assertThat(closed.companiesVoted()).isEqualTo(1);
		assertThat(closed.companiesEntitled()).isEqualTo(3);
	}

	@Test
	void aTieIsRejected() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(3);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, false, null, "Hanovre", "Milan");
		List<Long> options = this.fixtures.options(e, id);
		this.governance.vote(e.members().get(0), e.id(), id, options.get(0));
		this.governance.vote(e.members().get(1), e.id(), id, options.get(1));
		this.closing.runAt(this.fixtures.afterDeadlines());
		Consultation closed = this.governance.consultation(e.members().get(2), e.id(), id);
		assertThat(closed.outcome()).isEqualTo("rejected");
		assertThat(closed.winningOptionId()).isNull();
		assertThat(closed.options()).extracting(GovernanceViews.Option::votes).containsExactly(1, 1);
		// an open ballot shows each company's choice once closed
		assertThat(closed.ballots()).hasSize(2);
	}

	@Test
	void aSecretBallotHidesTheChoicesEvenFromTheCoordinator() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(3);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, true, null, "Hanovre", "Milan");
		List<Long> options = this.fixtures.options(e, id);
		this.governance.vote(e.members().get(0), e.id(), id, options.get(0));
		this.governance.vote(e.members().get(1), e.id(), id, options.get(0));
		this.governance.vote(e.members().get(2), e.id(), id, options.get(1));
		this.closing.runAt(this.fixtures.afterDeadlines());

		Consultation seen = this.governance.consultation(e.coordinator(), e.id(), id);
		assertThat(seen.outcome()).isEqualTo("adopted");
		assertThat(seen.options()).extracting(GovernanceViews.Option::votes).containsExactly(2, 1);
		assertThat(seen.voters()).hasSize(3);
		assertThat(seen.ballots()).isEmpty();
		// nothing stored links a choice to a company
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ecosystem_consultation_ballot where consultation_id = ? and company_id is not null",
				Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForList("select column_name from information_schema.columns "
				+ "where table_name = 'ecosystem_consultation_ballot'", String.class))
			.containsExactlyInAnyOrder("id", "consultation_id", "option_id", "company_id");
	}

	@Test
	void aLateVoteIsRefusedAndChangesNothing() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(2);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, false, null, "Oui", "Non");
		this.governance.vote(e.members().get(0), e.id(), id, this.fixtures.options(e, id).get(0));
		this.closing.runAt(this.fixtures.afterDeadlines());
		assertThatThrownBy(
				() -> this.governance.vote(e.members().get(1), e.id(), id, this.fixtures.options(e, id).get(1)))
			.isInstanceOf(EcosystemException.class)
			.hasMessage("ecosystems.consultation.closed");
		assertThat(voters(id)).isEqualTo(1);
	}

	@Test
	void aSecondVoteOfTheSameCompanyIsRefused() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(2);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, false, null, "Oui", "Non");
		List<Long> options = this.fixtures.options(e, id);
		this.governance.vote(e.members().get(0), e.id(), id, options.get(0));
		assertThatThrownBy(() -> this.governance.vote(e.members().get(0), e.id(), id, options.get(1)))
			.isInstanceOf(EcosystemException.class)
			.hasMessage("ecosystems.consultation.already-voted");
		assertThat(voters(id)).isEqualTo(1);
	}

	@Test
	void oneVotePerCompanyUnderConcurrency() throws Exception {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, false, null, "Oui", "Non");
		List<Long> options = this.fixtures.options(e, id);
		CoopexUser member = e.members().get(0);
		int threads = 6;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				long option = options.get(i % 2);
				Callable<Boolean> vote = () -> {
					start.await();
					try {
						this.governance.vote(member, e.id(), id, option);
						return true;
					}
					catch (EcosystemException refused) {
						return false;
					}
				};
				results.add(pool.submit(vote));
			}
			int accepted = 0;
			for (Future<Boolean> result : results) {
				accepted += result.get() ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(voters(id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ecosystem_consultation_ballot where consultation_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void anAdoptedCharterAppliesWhenTheConsultationCloses() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(3);
		long id = this.fixtures.open(e, 50, Majority.TWO_THIRDS, false, "Charte version 2 : tout est partagé.",
				"Approuver", "Rejeter");
		List<Long> options = this.fixtures.options(e, id);
		this.governance.vote(e.members().get(0), e.id(), id, options.get(0));
		this.governance.vote(e.members().get(1), e.id(), id, options.get(0));
		assertThat(this.ecosystems.summary(e.id()).charterVersion()).isEqualTo(1);
		this.closing.runAt(this.fixtures.afterDeadlines());
		assertThat(this.ecosystems.summary(e.id()).charterVersion()).isEqualTo(2);
		assertThat(this.ecosystems.detail(e.members().get(2), e.id()).charter())
			.isEqualTo("Charte version 2 : tout est partagé.");
	}

	@Test
	void aClosedResultAndItsVotesCannotBeChangedInTheDatabase() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, false, null, "Oui", "Non");
		this.governance.vote(e.members().get(0), e.id(), id, this.fixtures.options(e, id).get(1));
		this.closing.runAt(this.fixtures.afterDeadlines());
		assertThatThrownBy(
				() -> this.jdbc.update("update ecosystem_consultation set outcome = 'adopted' where id = ?", id))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc
			.update("update ecosystem_consultation_option set votes = 9 where consultation_id = ?", id))
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.update("delete from ecosystem_consultation_ballot where consultation_id = ?", id))
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.update("delete from ecosystem_consultation_voter where consultation_id = ?", id))
			.hasMessageContaining("append-only");
	}

	@Test
	void aConsultationWithOneOptionOrAPastDeadlineIsRefusedAndNothingIsKept() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		ZonedDateTime tomorrow = this.fixtures.tomorrow();
		ZonedDateTime yesterday = tomorrow.minusDays(2);
		assertThatThrownBy(() -> this.governance.openConsultation(e.coordinator(), e.id(),
				new ConsultationDraft("Une seule option ?", List.of("Oui", " ", "Oui"), 50, Majority.SIMPLE,
						tomorrow.toLocalDate(), tomorrow.toLocalTime(), false, null)))
			.hasMessage("ecosystems.consultation.two-options");
		assertThatThrownBy(() -> this.governance.openConsultation(e.coordinator(), e.id(),
				new ConsultationDraft("Trop tard ?", List.of("Oui", "Non"), 50, Majority.SIMPLE,
						yesterday.toLocalDate(), yesterday.toLocalTime(), false, null)))
			.hasMessage("ecosystems.consultation.deadline-past");
		assertThat(this.jdbc.queryForObject("select count(*) from ecosystem_consultation where ecosystem_id = ?",
				Integer.class, e.id()))
			.isZero();
	}

	@Test
	void onlyCoordinatorsOpenAndOnlyMemberCompaniesVote() {
		Ecosystem e = this.fixtures.ecosystemWithMembers(1);
		assertThatThrownBy(() -> this.fixtures.open(new Ecosystem(e.id(), e.name(), e.members().get(0), e.members()),
				50, Majority.SIMPLE, false, null, "Oui", "Non"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		long id = this.fixtures.open(e, 50, Majority.SIMPLE, false, null, "Oui", "Non");
		assertThatThrownBy(() -> this.governance.vote(e.coordinator(), e.id(), id, this.fixtures.options(e, id).get(0)))
			.isInstanceOf(EcosystemManagement.EcosystemNotFoundException.class);
	}

	private int voters(long consultationId) {
		return this.jdbc.queryForObject("select count(*) from ecosystem_consultation_voter where consultation_id = ?",
				Integer.class, consultationId);
	}

}
