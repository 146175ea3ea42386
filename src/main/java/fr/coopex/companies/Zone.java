package fr.coopex.companies;

/**
 * Market zones a company can name instead of, or besides, countries. Stored as
 * {@code Z-<NAME>}.
 */
public enum Zone {

	EU, EUROPE_NON_EU, NORTH_AMERICA, SOUTH_AMERICA, ASIA_PACIFIC, MIDDLE_EAST, AFRICA, MAGHREB, OCEANIA, WORLDWIDE;

	public static final String PREFIX = "Z-";

	public String code() {
		return PREFIX + name();
	}

}
