package fr.coopex.observatory;

import fr.coopex.companies.HeadcountBand;

/**
 * The European size classes by headcount, wide enough that a territory's cells are rarely
 * small: micro (fewer than 10), small (10–49), medium (50–249) and large firms.
 */
public enum SizeGroup {

	MICRO, SMALL, MEDIUM, LARGE;

	public static SizeGroup of(HeadcountBand band) {
		if (band == null) {
			return null;
		}
		if (band.max() < 10) {
			return MICRO;
		}
		if (band.max() < 50) {
			return SMALL;
		}
		return band.isSme() ? MEDIUM : LARGE;
	}

}
