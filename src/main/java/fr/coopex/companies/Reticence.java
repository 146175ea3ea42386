package fr.coopex.companies;

/**
 * Why a company hesitates to cooperate (survey themes).
 */
public enum Reticence {

	TRUST, AUTONOMY, TIME, EXPERIENCE

}
