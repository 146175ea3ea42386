package fr.coopex.companies;

/**
 * The three export situations of the survey behind Coopex, the last split by intention.
 */
public enum ExportSituation {

	EXPORTING, NEVER_EXPORTED, STOPPED_PLANNING_TO_RESUME, STOPPED_NOT_RESUMING;

	public boolean isFirstTimeExporter() {
		return this == NEVER_EXPORTED;
	}

}
