package fr.coopex.ledger;

/**
 * Who advanced the money of a cost item.
 */
public enum PaidBy {

	/** The coordination body paid the supplier and is owed the shares. */
	COORDINATION,
	/** One participant paid the supplier (named on the item) and is owed the shares. */
	PARTICIPANT,
	/**
	 * The supplier bills each participant its own share directly: it shows on the
	 * statements, but nobody owes it to the pool.
	 */
	EACH_PARTICIPANT

}
