package fr.coopex.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.coopex.shared.validation.SiretValidator;

import static org.assertj.core.api.Assertions.assertThat;

class SiretValidatorTests {

	@ParameterizedTest
	@CsvSource({ "73282932000074, 732829320", "'732 829 320 00074', 732829320", "81234567600017, 812345676",
			"35600000000001, 356000000", "35600000049837, 356000000" })
	void acceptsValidSiretsOfTheirSiren(String siret, String siren) {
		assertThat(SiretValidator.problem(siret, siren)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "73282932000075, 732829320, validation.siret.key", "81234567600017, 732829320, validation.siret.siren",
			"7328293200007A, 732829320, validation.siret.digits", "7328293200007, 732829320, validation.siret.length",
			"35600000000049, 356000000, validation.siret.key" })
	void saysPreciselyWhatIsWrong(String siret, String siren, String problem) {
		assertThat(SiretValidator.problem(siret, siren)).isEqualTo(problem);
	}

}
