package fr.coopex.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			short                                   | validation.password.short
			elevenchars                             | validation.password.short
			password1234                            | validation.password.common
			PASSWORD1234                            | validation.password.common
			qwertyuiop123                           | validation.password.common
			azertyuiop123                           | validation.password.common
			correct horse battery staple            |
			Un vélo rouge sous la pluie             |
			""")
	void judgesPasswords(String password, String problem) {
		assertThat(this.policy.problem(password)).isEqualTo(problem);
	}

	@org.junit.jupiter.api.Test
	void refusesOverLongPasswordsAndEmptyOnes() {
		assertThat(this.policy.problem("x".repeat(129))).isEqualTo("validation.password.long");
		assertThat(this.policy.problem(null)).isEqualTo("validation.password.short");
	}

}
