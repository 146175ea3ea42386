package fr.coopex.companies;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 18 French regions, by INSEE code (13 in metropolitan France, 5 overseas).
 */
public enum Region {

	AUVERGNE_RHONE_ALPES("84"), BOURGOGNE_FRANCHE_COMTE("27"), BRETAGNE("53"), CENTRE_VAL_DE_LOIRE("24"), CORSE("94"),
	GRAND_EST("44"), HAUTS_DE_FRANCE("32"), ILE_DE_FRANCE("11"), NORMANDIE("28"), NOUVELLE_AQUITAINE("75"),
	OCCITANIE("76"), PAYS_DE_LA_LOIRE("52"), PROVENCE_ALPES_COTE_D_AZUR("93"), GUADELOUPE("01"), MARTINIQUE("02"),
	GUYANE("03"), LA_REUNION("04"), MAYOTTE("06");

	private final String code;

	Region(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<Region> ofCode(String code) {
		return Arrays.stream(values()).filter((region) -> region.code.equals(code)).findFirst();
	}

	public static Optional<Region> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter((region) -> region.name().equals(value) || region.code.equals(value))
			.findFirst();
	}

}
