package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The rolling period of the de minimis regulation: on a day, an aid counts when the right
 * to it arose within the last {@code years} years, that day included and the same day
 * {@code years} years before included; one day earlier it drops out. Aids dated after the
 * day (granted for later) count too: they are the firm's already.
 */
public final class DeMinimisWindow {

	private DeMinimisWindow() {
	}

	/** The first day counted on {@code today}. */
	public static LocalDate from(LocalDate today, int years) {
		return today.minusYears(years);
	}

	/** The entries that count on {@code today}, oldest first. */
	public static List<DeMinimisEntry> counted(Collection<DeMinimisEntry> entries, LocalDate today, int years) {
		LocalDate from = from(today, years);
		return entries.stream()
			.filter((entry) -> !entry.grantedOn().isBefore(from))
			.sorted(Comparator.comparing(DeMinimisEntry::grantedOn).thenComparing(DeMinimisEntry::name))
			.toList();
	}

	/** The position on {@code today} from every entry of a register. */
	public static DeMinimisSummary summary(Collection<DeMinimisEntry> entries, LocalDate today,
			DeMinimisProperties settings) {
		List<DeMinimisEntry> counted = counted(entries, today, settings.years());
		BigDecimal total = counted.stream()
			.map(DeMinimisEntry::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2);
		BigDecimal ceiling = settings.ceiling().setScale(2);
		BigDecimal remaining = ceiling.subtract(total).max(BigDecimal.ZERO).setScale(2);
		return new DeMinimisSummary(from(today, settings.years()), today, total, ceiling, remaining, counted.size(),
				settings.years(), settings.source());
	}

}
