package fr.coopex.shared.config;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session reads without a transaction and writes in one.
 */
class SessionTransactionsTests {

	private final Recording manager = new Recording();

	private final SessionTransactions sessions = new SessionTransactions(new TransactionTemplate(this.manager));

	@Test
	void aReadRunsWithoutATransaction() {
		Boolean active = this.sessions
			.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(active).isFalse();
		assertThat(this.manager.calls).isEmpty();
	}

	@Test
	void aWriteRunsInATransactionThatCommits() {
		List<Boolean> active = new ArrayList<>();
		this.sessions.executeWithoutResult(
				(status) -> active.add(TransactionSynchronizationManager.isActualTransactionActive()));
		assertThat(active).containsExactly(true);
		assertThat(this.manager.calls).containsExactly("begin", "commit");
	}

	@Test
	void aFailedWriteIsRolledBack() {
		try {
			this.sessions.executeWithoutResult((status) -> {
				throw new IllegalStateException("refused");
			});
		}
		catch (IllegalStateException expected) {
			// the write's failure reaches the caller
		}
		assertThat(this.manager.calls).containsExactly("begin", "rollback");
	}

	/** A transaction manager that records what it is asked. */
	static final class Recording extends AbstractPlatformTransactionManager {

		final List<String> calls = new ArrayList<>();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			this.calls.add("begin");
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			this.calls.add("commit");
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			this.calls.add("rollback");
		}

	}

}
