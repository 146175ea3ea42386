package fr.coopex.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.coopex.shared.validation.Luhn;
import fr.coopex.shared.validation.SirenValidator;

import static org.assertj.core.api.Assertions.assertThat;

class LuhnTests {

	@ParameterizedTest
	@ValueSource(strings = { "732829320", "552100554", "542065479", "443061841", "356000000" })
	void acceptsRealSirens(String siren) {
		assertThat(Luhn.isValid(siren)).isTrue();
		assertThat(SirenValidator.problem(siren)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "732829321, validation.siren.key", "12345678A, validation.siren.digits",
			"73282932, validation.siren.length", "7328293200, validation.siren.length",
			"'732 829 321', validation.siren.key", "'-73282932', validation.siren.digits" })
	void saysPreciselyWhatIsWrongWithASiren(String siren, String problem) {
		assertThat(SirenValidator.problem(siren)).isEqualTo(problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "732 829 320", "732\u00a0829\u00a0320" })
	void toleratesSpacesBetweenGroups(String siren) {
		assertThat(SirenValidator.problem(siren)).isNull();
		assertThat(SirenValidator.normalise(siren)).isEqualTo("732829320");
	}

}
