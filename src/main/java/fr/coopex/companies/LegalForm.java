package fr.coopex.companies;

/**
 * Common French legal forms of SMEs.
 */
public enum LegalForm {

	SAS, SASU, SARL, EURL, SA, SNC, SCOP, SCA, EI, OTHER

}
