package fr.coopex.shared.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs what a page reads in one read-only transaction. A page that asks a dozen services,
 * each with its own transaction, took a connection from the pool and two round trips to
 * begin and end for each of them, and loaded the same rows again in each (the ecosystem's
 * page: six transactions and three loads of the ecosystem per request); in one, the
 * services join it and share its persistence context. For pages that only read: a write
 * in it is refused by the database.
 */
@Component
public class PageReads {

	private final TransactionTemplate readOnly;

	PageReads(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** What {@code reads} returns, read in one read-only transaction. */
	public <T> T read(Supplier<T> reads) {
		return this.readOnly.execute((status) -> reads.get());
	}

}
