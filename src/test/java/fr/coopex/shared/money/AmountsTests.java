package fr.coopex.shared.money;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * One parser for every amount: French and international writing, bounded before any
 * arithmetic; amounts shown with their currency as each language places it.
 */
class AmountsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2 400,50", "2400,50", "2400.50", "2\u00A0400,50", "2\u202F400,50", "2\u2009400,50",
			" 2 400,50 ", "2.400,50", "2,400.50", "+2400.5", "2400,500" })
	void readsFrenchAndInternationalWriting(String typed) {
		assertThat(Amounts.parse(typed, Locale.FRENCH)).isEqualByComparingTo("2400.50");
	}

	@Test
	void readsACommaBetweenThousandsInEnglishOnly() {
		assertThat(Amounts.parse("2,400", Locale.ENGLISH)).isEqualByComparingTo("2400");
		assertThat(Amounts.parse("2,400", Locale.FRENCH)).isEqualByComparingTo("2.4");
		assertThat(Amounts.parse("1,234,567.89", Locale.ENGLISH)).isEqualByComparingTo("1234567.89");
		assertThat(Amounts.parse("1.234.567", Locale.FRENCH)).isEqualByComparingTo("1234567");
		assertThat(Amounts.parse("-12,5", null)).isEqualByComparingTo("-12.5");
		assertThat(Amounts.parse("  ", null)).isNull();
	}

	@Test
	void keepsTheAmountExact() {
		assertThat(Amounts.parse("0,1", null).add(Amounts.parse("0,2", null))).isEqualTo(new BigDecimal("0.3"));
		assertThat(Amounts.parse("1 234 567 890,12", Locale.FRENCH)).isEqualTo(new BigDecimal("1234567890.12"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e3000000", "1e999999999", "1E5", "12 34", "2 4000", "2,400,50", "2.400.50", "abc", "12,",
			"-", "1 000 000 000 000 000 000", "0,1234567", "١٢٣", "12..5", "--5", "Infinity", "NaN", "0x1F" })
	void refusesWhatIsNotAnAmount(String typed) {
		assertThatThrownBy(() -> Amounts.parse(typed, Locale.FRENCH)).isInstanceOf(NumberFormatException.class);
	}

	@Test
	void refusesHugeTextAndExponentsAtOnce() {
		assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
			for (String typed : new String[] { "9".repeat(10_000), "1e3000000", "1" + " 000".repeat(2_000) }) {
				assertThatThrownBy(() -> Amounts.parse(typed, Locale.FRENCH)).isInstanceOf(NumberFormatException.class);
			}
			assertThatThrownBy(() -> Amounts.parseJson("1e999999999")).isInstanceOf(NumberFormatException.class);
			assertThatThrownBy(() -> Amounts.parseJson("1e3000000")).isInstanceOf(NumberFormatException.class);
		});
		assertThat(Amounts.parseJson("1.5E3")).isEqualByComparingTo("1500");
		assertThat(Amounts.parseJson("1500.00")).isEqualTo(new BigDecimal("1500.00"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "20.00|fr|20", "18.00|fr|18", "12.50|fr|12,50", "2400.5|fr|2\u202F400,50",
			"20.00|en|20", "2400.50|en|2,400.50", "0.125|fr|0,125" })
	void showsFormValuesInThePagesLanguageAndReadsThemBack(String value, String language, String shown)
			throws ParseException {
		AmountFormatter formatter = new AmountFormatter();
		Locale locale = Locale.forLanguageTag(language);
		assertThat(formatter.print(new BigDecimal(value), locale)).isEqualTo(shown);
		assertThat(formatter.parse(shown, locale)).isEqualByComparingTo(value);
	}

	@Test
	void givesEachAmountItsCurrencyWhereTheLanguagePutsIt() {
		MoneyFormat money = new MoneyFormat();
		assertThat(money.format(new BigDecimal("6186.11"), Locale.FRENCH)).isEqualTo("6\u202F186,11\u00A0€");
		assertThat(money.format(new BigDecimal("6186.11"), Locale.ENGLISH)).isEqualTo("€6,186.11");
		assertThat(money.format(new BigDecimal("-6186.11"), Locale.FRENCH)).isEqualTo("-6\u202F186,11\u00A0€");
		assertThat(money.format(new BigDecimal("-6186.11"), Locale.ENGLISH)).isEqualTo("-€6,186.11");
		assertThat(money.format(BigDecimal.ZERO, Locale.FRENCH)).isEqualTo("0,00\u00A0€");
		assertThat(money.format(null, Locale.FRENCH)).isEqualTo("—");
	}

}
