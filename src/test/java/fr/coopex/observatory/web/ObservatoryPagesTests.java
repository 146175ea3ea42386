package fr.coopex.observatory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import fr.coopex.observatory.Cell;
import fr.coopex.observatory.ObservatoryReport;
import fr.coopex.observatory.StatTable;
import fr.coopex.observatory.Suppression.Suppressed;
import fr.coopex.observatory.TrendPoint;

import static org.assertj.core.api.Assertions.assertThat;

/** The observatory's figures as its page writes them, in each language. */
class ObservatoryPagesTests {

	private final ObservatoryPages pages;

	ObservatoryPagesTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.pages = new ObservatoryPages(messages, new ObservatoryLabels(messages, null));
	}

	/** 7 micro firms and 3 small ones (a suppressed cell) out of 10. */
	private static ObservatoryReport report() {
		StatTable size = new StatTable("size", "headcount", "observatory.size.",
				List.of(new Cell("MICRO", 7L, 10L, Suppressed.NO), new Cell("SMALL", null, 10L, Suppressed.PRIMARY)),
				10L, true, false);
		return new ObservatoryReport(null, 10L, List.of(size), List.of());
	}

	@Test
	void theFiguresAreWrittenInTheReadersLanguageAndTheSuppressedOnesMarked() {
		ObservatoryPage french = this.pages.page(report(), List.of(), Locale.FRENCH);
		ObservatoryPage.Table table = french.tables().get(0);
		assertThat(table.title()).isEqualTo("Taille (effectif salarié)");
		assertThat(table.restsOn()).isEqualTo("Champ compté : Effectif salarié ; repose sur 10 entreprises.");
		assertThat(table.chart()).isTrue();
		assertThat(table.anySuppressed()).isTrue();
		assertThat(table.rows()).containsExactly(
				new ObservatoryPage.Row("Micro-entreprises (moins de 10 salariés)", "7", "70,0 %", "70.0"),
				new ObservatoryPage.Row("Petites entreprises (10 à 49)", "secret", "—", null));

		ObservatoryPage english = this.pages.page(report(), List.of(), Locale.ENGLISH);
		assertThat(english.tables().get(0).rows()).containsExactly(
				new ObservatoryPage.Row("Micro-enterprises (fewer than 10 employees)", "7", "70.0 %", "70.0"),
				new ObservatoryPage.Row("Small enterprises (10 to 49)", "hidden", "—", null));
	}

	@Test
	void aMonthOfTheTrendShowsItsShareWithItsBaseOrTheMark() {
		List<TrendPoint> trend = List
			.of(new TrendPoint(LocalDate.of(2027, 1, 1), new Cell("EXPORTING", 10L, 25L, Suppressed.NO),
					new Cell("DIFFICULTIES", null, null, Suppressed.PRIMARY)));
		ObservatoryPage.Month january = this.pages.page(report(), trend, Locale.FRENCH).trend().get(0);
		assertThat(january).isEqualTo(new ObservatoryPage.Month("janvier 2027", "40,0 % (25)", "secret", "40.0"));
		assertThat(this.pages.page(report(), trend, Locale.ENGLISH).trend().get(0).label()).isEqualTo("January 2027");
	}

}
