package fr.coopex.accounts;

import java.util.List;

/**
 * The names of the 18 French regions, as the rest of the platform writes them (the
 * {@code companies} module's {@code Region} enum, which this module cannot depend on:
 * {@code companies} depends on {@code accounts}). A test checks that both agree.
 */
public final class Regions {

	/** Every region, in the order the forms offer them. */
	public static final List<String> ALL = List.of("AUVERGNE_RHONE_ALPES", "BOURGOGNE_FRANCHE_COMTE", "BRETAGNE",
			"CENTRE_VAL_DE_LOIRE", "CORSE", "GRAND_EST", "HAUTS_DE_FRANCE", "ILE_DE_FRANCE", "NORMANDIE",
			"NOUVELLE_AQUITAINE", "OCCITANIE", "PAYS_DE_LA_LOIRE", "PROVENCE_ALPES_COTE_D_AZUR", "GUADELOUPE",
			"MARTINIQUE", "GUYANE", "LA_REUNION", "MAYOTTE");

	private Regions() {
	}

	public static boolean isKnown(String region) {
		return region != null && ALL.contains(region);
	}

}
