package fr.coopex.companies;

/**
 * INSEE headcount bands (tranches d'effectif salarié), with the largest headcount of each
 * band (used by eligibility rules such as "fewer than 250 employees").
 */
public enum HeadcountBand {

	NONE("00", 0), FROM_1_TO_2("01", 2), FROM_3_TO_5("02", 5), FROM_6_TO_9("03", 9), FROM_10_TO_19("11", 19),
	FROM_20_TO_49("12", 49), FROM_50_TO_99("21", 99), FROM_100_TO_199("22", 199), FROM_200_TO_249("31", 249),
	FROM_250_TO_499("32", 499), FROM_500_TO_999("41", 999), FROM_1000_TO_1999("42", 1999),
	FROM_2000_TO_4999("51", 4999), FROM_5000_TO_9999("52", 9999), FROM_10000("53", Integer.MAX_VALUE);

	private final String inseeCode;

	private final int max;

	HeadcountBand(String inseeCode, int max) {
		this.inseeCode = inseeCode;
		this.max = max;
	}

	public String inseeCode() {
		return this.inseeCode;
	}

	public int max() {
		return this.max;
	}

	/** Whether every firm of this band is an SME by headcount (fewer than 250 people). */
	public boolean isSme() {
		return this.max < 250;
	}

	public static java.util.Optional<HeadcountBand> ofInseeCode(String code) {
		return java.util.Arrays.stream(values()).filter((band) -> band.inseeCode.equals(code)).findFirst();
	}

}
