package fr.coopex.transparency;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Periods of reports: how they are written, where they begin and end, which are offered.
 */
class ReportPeriodTests {

	@Test
	void halvesAndYearsBeginAndEndOnTheFirstOfTheMonth() {
		ReportPeriod first = ReportPeriod.parse("2026-H1").orElseThrow();
		assertThat(first.from()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(first.until()).isEqualTo(LocalDate.of(2026, 7, 1));
		ReportPeriod second = ReportPeriod.parse("2026-H2").orElseThrow();
		assertThat(second.from()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(second.until()).isEqualTo(LocalDate.of(2027, 1, 1));
		ReportPeriod year = ReportPeriod.parse(" 2026 ").orElseThrow();
		assertThat(year.yearly()).isTrue();
		assertThat(year.code()).isEqualTo("2026");
		assertThat(second.messageKey()).isEqualTo("transparency.period.h2");
	}

	@Test
	void anythingElseIsNoPeriod() {
		for (String text : new String[] { null, "", "2026-H3", "2026-h1", "1999", "26", "2026-H1x", "9999-12-31",
				"9999" }) {
			assertThat(ReportPeriod.parse(text)).as(String.valueOf(text)).isEmpty();
		}
	}

	@Test
	void onlyPeriodsThatHaveBegunAreOffered() {
		LocalDate march = LocalDate.of(2026, 3, 15);
		assertThat(ReportPeriod.choices(march, 2)).extracting(ReportPeriod::code)
			.containsExactly("2026-H1", "2026", "2025-H2", "2025-H1", "2025");
		assertThat(ReportPeriod.parse("2026-H2").orElseThrow().isFuture(march)).isTrue();
		assertThat(ReportPeriod.parse("2026-H1").orElseThrow().isRunning(march)).isTrue();
	}

}
