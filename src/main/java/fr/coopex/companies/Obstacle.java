package fr.coopex.companies;

/**
 * What holds a company back from exporting (survey themes).
 */
public enum Obstacle {

	ADMINISTRATIVE_LEGAL, STANDARDS, LANGUAGE, LOGISTICS, TECHNOLOGICAL_COMPATIBILITY, MARKETING, CULTURAL, FINANCING

}
