package fr.coopex.accounts;

/**
 * What an organisation is. A person belongs to exactly one.
 */
public enum OrganisationKind {

	/** An SME (identified by its SIREN). */
	COMPANY,
	/**
	 * A third party that coordinates ecosystems: chamber of commerce, association,
	 * consultancy.
	 */
	COORDINATION_BODY,
	/** A public agency that curates aids and labels ecosystems. */
	AGENCY,
	/** The platform operator. */
	PLATFORM

}
