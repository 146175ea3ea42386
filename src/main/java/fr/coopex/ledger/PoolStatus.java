package fr.coopex.ledger;

/**
 * Where a pool stands. Costs, subsidies and participants change only while it is
 * {@link #OPEN}; posting the split makes it {@link #POSTED} (confirmed); reopening it for
 * an amendment makes it open again, and the next posting reverses the previous one.
 */
public enum PoolStatus {

	OPEN, POSTED, CANCELLED

}
