package fr.coopex.ledger;

/**
 * What a cost is for. Subsidies name the categories they pay for.
 */
public enum CostCategory {

	/** Floor space rented from the fair organiser. */
	SPACE,
	/** Stand design and building. */
	BUILD, FURNITURE, POWER,
	/** Registration and exhibitor fees. */
	REGISTRATION,
	/** Entry in the fair catalogue. */
	CATALOGUE,
	/** Shared staff (e.g. a shared V.I.E.). */
	STAFF, INTERPRETER, TRAVEL,
	/** Market studies, legal and certification advice. */
	STUDY, OTHER

}
