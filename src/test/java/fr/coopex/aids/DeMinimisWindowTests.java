package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rolling three years of the de minimis regulation on their boundaries, and the total
 * against the ceiling.
 */
class DeMinimisWindowTests {

	static final DeMinimisProperties SETTINGS = new DeMinimisProperties(new BigDecimal("300000.00"), 3, "Règlement");

	static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

	static DeMinimisEntry entry(String name, LocalDate on, String amount) {
		return new DeMinimisEntry(DeMinimisEntry.Origin.MANUAL, 1, name, "Région", on, new BigDecimal(amount));
	}

	@Test
	void anAidExactlyThreeYearsOldCountsAndOneDayOlderDropsOut() {
		List<DeMinimisEntry> entries = List.of(entry("juste", LocalDate.of(2024, 3, 15), "1000.00"),
				entry("trop vieille", LocalDate.of(2024, 3, 14), "5000.00"), entry("aujourd'hui", TODAY, "200.00"));
		DeMinimisSummary summary = DeMinimisWindow.summary(entries, TODAY, SETTINGS);
		assertThat(summary.from()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(summary.total()).isEqualByComparingTo("1200.00");
		assertThat(summary.entries()).isEqualTo(2);
		assertThat(DeMinimisWindow.counted(entries, TODAY, 3)).extracting(DeMinimisEntry::name)
			.containsExactly("juste", "aujourd'hui");
		// the next day, the oldest one drops out too
		assertThat(DeMinimisWindow.summary(entries, TODAY.plusDays(1), SETTINGS).total())
			.isEqualByComparingTo("200.00");
	}

	@Test
	void anAidGrantedForLaterCountsAlready() {
		DeMinimisSummary summary = DeMinimisWindow.summary(List.of(entry("à venir", TODAY.plusMonths(2), "10.00")),
				TODAY, SETTINGS);
		assertThat(summary.total()).isEqualByComparingTo("10.00");
	}

	@Test
	void whatRemainsIsTheCeilingLessTheTotalAndNeverBelowZero() {
		DeMinimisSummary under = DeMinimisWindow.summary(List.of(entry("a", TODAY, "250000.00")), TODAY, SETTINGS);
		assertThat(under.remaining()).isEqualByComparingTo("50000.00");
		assertThat(under.over()).isFalse();
		assertThat(under.percentUsed()).isEqualTo(83);
		assertThat(under.wouldExceedWith(new BigDecimal("50000.00"))).isFalse();
		assertThat(under.wouldExceedWith(new BigDecimal("50000.01"))).isTrue();
		DeMinimisSummary over = DeMinimisWindow.summary(
				List.of(entry("a", TODAY, "250000.00"), entry("b", TODAY.minusYears(1), "60000.00")), TODAY, SETTINGS);
		assertThat(over.remaining()).isEqualByComparingTo("0.00");
		assertThat(over.over()).isTrue();
		assertThat(over.percentUsed()).isEqualTo(100);
	}

	@Test
	void theCeilingAndPeriodComeFromConfiguration() {
		DeMinimisProperties fiveYears = new DeMinimisProperties(new BigDecimal("100000"), 5, "Autre");
		DeMinimisSummary summary = DeMinimisWindow.summary(List.of(entry("a", TODAY.minusYears(4), "1000.00")), TODAY,
				fiveYears);
		assertThat(summary.total()).isEqualByComparingTo("1000.00");
		assertThat(summary.ceiling()).isEqualByComparingTo("100000.00");
		assertThat(summary.source()).isEqualTo("Autre");
	}

}
