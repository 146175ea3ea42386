package fr.coopex.transparency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a transparency report: a year ({@code 2026}) or one of its halves
 * ({@code 2026-H1}, January to June; {@code 2026-H2}, July to December). {@code from} is
 * inclusive, {@code until} exclusive.
 */
public record ReportPeriod(int year, int half) {

	/** The first year a report may be about. */
	public static final int FIRST_YEAR = 2000;

	private static final Pattern WRITTEN = Pattern.compile("([0-9]{4})(?:-H([12]))?");

	public ReportPeriod {
		if (year < FIRST_YEAR || year > 9998 || half < 0 || half > 2) {
			throw new IllegalArgumentException("no such period");
		}
	}

	/** The period written as {@link #code()} writes it, if it is one. */
	public static Optional<ReportPeriod> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = WRITTEN.matcher(text.trim());
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (year < FIRST_YEAR || year > 9998) {
			return Optional.empty();
		}
		return Optional.of(new ReportPeriod(year, (m.group(2) != null) ? Integer.parseInt(m.group(2)) : 0));
	}

	/** The periods a report may be published for on this day, the latest first. */
	public static List<ReportPeriod> choices(LocalDate today, int years) {
		List<ReportPeriod> periods = new ArrayList<>();
		for (int y = today.getYear(); y > today.getYear() - years && y >= FIRST_YEAR; y--) {
			for (ReportPeriod p : List.of(new ReportPeriod(y, 2), new ReportPeriod(y, 1), new ReportPeriod(y, 0))) {
				if (!p.isFuture(today)) {
					periods.add(p);
				}
			}
		}
		return periods;
	}

	public String code() {
		return (this.half == 0) ? String.valueOf(this.year) : this.year + "-H" + this.half;
	}

	public boolean yearly() {
		return this.half == 0;
	}

	public LocalDate from() {
		return LocalDate.of(this.year, (this.half == 2) ? 7 : 1, 1);
	}

	public LocalDate until() {
		return (this.half == 1) ? LocalDate.of(this.year, 7, 1) : LocalDate.of(this.year + 1, 1, 1);
	}

	/** Whether the period has not begun on this day. */
	public boolean isFuture(LocalDate today) {
		return from().isAfter(today);
	}

	/** Whether the period is still running on this day. */
	public boolean isRunning(LocalDate today) {
		return !isFuture(today) && until().isAfter(today);
	}

	/** The message key that names the period, with {@link #year()} as its argument. */
	public String messageKey() {
		return "transparency.period." + ((this.half == 0) ? "year" : "h" + this.half);
	}

}
