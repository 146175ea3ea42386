package fr.coopex.aids;

/**
 * What form an aid takes.
 */
public enum AidKind {

	GRANT, LOAN, REPAYABLE_ADVANCE, INSURANCE_GUARANTEE, TAX_CREDIT, STAFFING, ADVISORY, COLLECTIVE_ACTION

}
