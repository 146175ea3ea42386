package fr.coopex.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.coopex.shared.validation.IbanCheck;
import fr.coopex.shared.validation.IbanCheck.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IBANs are checked with their ISO 13616 key (MOD 97-10) and their country's length; BICs
 * by their form.
 */
class IbanCheckTests {

	@ParameterizedTest
	@ValueSource(strings = { "FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 189",
			"fr76 3000 6000 0112 3456 7890 189", "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19",
			"BE71 0961 2345 6769", "FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189" })
	void acceptsValidNumbersWrittenAsPeopleWriteThem(String iban) {
		assertThat(IbanCheck.problem(iban)).isNull();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			FR7630006000011234567890188   | KEY
			FR7630006000011234567890198   | KEY
			FR6730006000011234567890189   | KEY
			FR763000600001123456789018    | LENGTH
			DE8937040044053201300         | LENGTH
			FR76300060000112345678901890000000000 | LENGTH
			7630006000011234567890189     | CHARACTERS
			FR76 3000 6000 0112 3456 7890 18! | CHARACTERS
			''                            | CHARACTERS
			""")
	void refusesAWrongKeyLengthOrCharacter(String iban, Problem problem) {
		assertThat(IbanCheck.problem(iban)).isEqualTo(problem);
	}

	@Test
	void showsTheNumberInGroupsOfFour() {
		assertThat(IbanCheck.grouped("fr7630006000011234567890189")).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
	}

	@Test
	void checksTheFormOfABic() {
		assertThat(IbanCheck.isValidBic("BNPAFRPP")).isTrue();
		assertThat(IbanCheck.isValidBic("bnpa fr pp xxx")).isTrue();
		assertThat(IbanCheck.isValidBic("BNPAFRP")).isFalse();
		assertThat(IbanCheck.isValidBic("BNP1FRPP")).isFalse();
		assertThat(IbanCheck.isValidBic("BNPAFRPPXX")).isFalse();
	}

}
