package fr.coopex.missions;

/**
 * How far a company got with a lead.
 */
public enum LeadStage {

	NEW, CONTACTED, MEETING, PROPOSAL, WON, LOST

}
