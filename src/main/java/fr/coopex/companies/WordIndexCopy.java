package fr.coopex.companies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the directory's current in-memory copy of the word index and takes it again when
 * it is old or when asked.
 */
class WordIndexCopy {

	private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);

	private final JdbcTemplate reader;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final Duration maxAge;

	private volatile WordIndex current;

	WordIndexCopy(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, Duration maxAge) {
		this.reader = new JdbcTemplate(dataSource);
		// the index is read as a stream, not held whole by the driver
		this.reader.setFetchSize(10_000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.clock = clock;
		this.maxAge = maxAge;
	}

	/** The current copy, taken now if there is none yet. */
	WordIndex index() {
		WordIndex index = this.current;
		if (index == null) {
			synchronized (this) {
				index = this.current;
				if (index == null) {
					index = take();
				}
			}
		}
		return index;
	}

	/**
	 * Takes the copy again when it is old. Searches go on with the previous copy
	 * meanwhile.
	 */
	void refreshIfDue() {
		WordIndex index = this.current;
		if (index != null && index.takenAt.plus(this.maxAge).isBefore(this.clock.instant())) {
			refresh(index);
		}
	}

	/** Takes the copy again now. */
	synchronized void refresh() {
		take();
	}

	/** Takes the copy again, unless another thread did since {@code seen} was read. */
	synchronized WordIndex refresh(WordIndex seen) {
		return (this.current == seen) ? take() : this.current;
	}

	private WordIndex take() {
		long started = System.nanoTime();
		Instant takenAt = this.clock.instant();
		WordIndex index = this.readOnly.execute((status) -> WordIndexReader.read(this.reader, takenAt));
		this.current = index;
		log.debug("Directory index taken: {} companies in {} ms", index.ranks().size(),
				(System.nanoTime() - started) / 1_000_000);
		return index;
	}

}
