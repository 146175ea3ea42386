package fr.coopex.missions;

/**
 * What the members do together.
 */
public enum MissionKind {

	TRADE_MISSION, B2B_MEETINGS, MARKET_STUDY, SHARED_EXPORT_STAFF, TRANSLATION_LOCALISATION, CERTIFICATION_STANDARDS,
	LEGAL_ADVICE

}
