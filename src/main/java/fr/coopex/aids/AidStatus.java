package fr.coopex.aids;

/**
 * Whether firms can still apply. Historical aids are kept for the record (the measures of
 * the paper behind Coopex, for instance).
 */
public enum AidStatus {

	OPEN, CLOSED, HISTORICAL

}
