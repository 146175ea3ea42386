package fr.coopex.ledger;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.CachePut;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.ledger.LedgerEvents.DepositsCalled;
import fr.coopex.ledger.LedgerEvents.ParticipantWithdrew;
import fr.coopex.ledger.LedgerEvents.PaymentRecorded;
import fr.coopex.ledger.LedgerEvents.PoolChanged;
import fr.coopex.ledger.LedgerEvents.SplitPosted;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * The contents of pools, kept by pool id. Each is stamped with the version of the pool it
 * was read from, and the read model compares that with the pool row read in the same
 * transaction: a pool changed here or on another instance is read again, never served
 * stale. Contents are kept only from read-only transactions, where nothing uncommitted
 * can be read. The ledger's events drop a changed pool's content at once.
 * <p>
 * What is kept does not depend on the viewer: names are those copied when companies
 * joined, and each page replaces them by the names its viewer may see.
 */
@Component
class PoolContentCache {

	private static final String READ_ONLY = "T(org.springframework.transaction.support.TransactionSynchronizationManager)"
			+ ".isCurrentTransactionReadOnly()";

	private final PoolContents contents;

	PoolContentCache(PoolContents contents) {
		this.contents = contents;
	}

	/** The content kept for the pool, whatever its version, or the content read now. */
	@Cacheable(cacheNames = CacheConfiguration.LEDGER_POOL_CONTENTS, key = "#poolId", condition = READ_ONLY)
	public PoolContent kept(long poolId, PoolRow pool) {
		return this.contents.of(pool);
	}

	/** The content of this version of the pool, read now and kept. */
	@CachePut(cacheNames = CacheConfiguration.LEDGER_POOL_CONTENTS, key = "#poolId", condition = READ_ONLY)
	public PoolContent refresh(long poolId, PoolRow pool) {
		return this.contents.of(pool);
	}

	/**
	 * A pool changed: its content is dropped at once, not only found stale at the next
	 * read.
	 */
	@TransactionalEventListener(fallbackExecution = true,
			classes = { PoolChanged.class, SplitPosted.class, PaymentRecorded.class, DepositsCalled.class,
					ParticipantWithdrew.class })
	@CacheEvict(cacheNames = CacheConfiguration.LEDGER_POOL_CONTENTS, key = "#event.poolId()")
	public void on(Object event) {
	}

}
