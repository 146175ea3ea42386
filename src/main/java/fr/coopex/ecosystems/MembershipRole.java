package fr.coopex.ecosystems;

/**
 * The place of a company in an ecosystem.
 */
public enum MembershipRole {

	/** The firm that leads the ecosystem. */
	LEADER,
	/** An SME member. */
	MEMBER,
	/** A non-SME actor: large firm, institution, supplier. */
	ASSOCIATE

}
