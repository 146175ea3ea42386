package fr.coopex.ecosystems;

/**
 * Who coordinates an ecosystem, as the paper behind Coopex distinguishes.
 */
public enum Coordination {

	/** A member firm leads; its people coordinate. */
	LEADER_FIRM,
	/** A third party (chamber of commerce, association, consultancy) coordinates. */
	THIRD_PARTY

}
