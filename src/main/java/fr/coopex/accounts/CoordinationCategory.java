package fr.coopex.accounts;

/**
 * What kind of third party a coordination body is.
 */
public enum CoordinationCategory {

	/** Chambre de commerce et d'industrie. */
	CHAMBER_OF_COMMERCE,
	/** Chambre de métiers et de l'artisanat. */
	CHAMBER_OF_TRADES,
	/** An association or a cluster of firms. */
	ASSOCIATION_OR_CLUSTER,
	/** A pôle de compétitivité. */
	COMPETITIVENESS_CLUSTER,
	/** A consultancy. */
	CONSULTANCY,
	/** Any other third party. */
	OTHER

}
