package fr.coopex.shared.config;

import java.util.function.Consumer;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How Spring Session's JDBC repository runs its statements: its writes (a session and its
 * attributes, a session deleted) in a transaction, its reads without one. Spring Session
 * 4.0 reads through {@link #execute} (the session of a request, a person's sessions) and
 * deletes the expired ones there too, each a single statement that needs no transaction
 * around it; it writes through {@link #executeWithoutResult}. A transaction around the
 * read of the session cost a round trip to the database (its COMMIT) on every request of
 * a signed-in person.
 */
final class SessionTransactions implements TransactionOperations {

	private final TransactionOperations writes;

	SessionTransactions(TransactionOperations writes) {
		this.writes = writes;
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) {
		return action.doInTransaction(new SimpleTransactionStatus(false));
	}

	@Override
	public void executeWithoutResult(Consumer<TransactionStatus> action) {
		this.writes.executeWithoutResult(action);
	}

}
