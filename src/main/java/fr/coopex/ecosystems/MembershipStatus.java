package fr.coopex.ecosystems;

/**
 * Where a company stands with an ecosystem.
 */
public enum MembershipStatus {

	REQUESTED, INVITED, ACTIVE, REJECTED, WITHDRAWN, DECLINED, LEFT,

	/** A coordinator removed the company, saying why. */
	REMOVED;

	/** Whether the company is in, or on its way in. */
	boolean isOpen() {
		return this == REQUESTED || this == INVITED || this == ACTIVE;
	}

}
