package fr.coopex.aids;

/**
 * Where a company's application for an aid stands.
 */
public enum ApplicationStatus {

	PLANNED, PREPARING, SUBMITTED, GRANTED, REFUSED, ABANDONED

}
