package fr.coopex.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days on which an ecosystem's cash calls are reminded to the companies that still
 * owe them: so many days before the due date and so many days after it.
 *
 * @param before days before the due date (each 1 to {@value #MAX_DAY})
 * @param after days after the due date (each 1 to {@value #MAX_DAY})
 */
public record ReminderDays(List<Integer> before, List<Integer> after) {

	/** The most days of each list. */
	public static final int MAX_DAYS = 10;

	/** The furthest day from the due date. */
	public static final int MAX_DAY = 90;

	/** The platform's defaults: 7 days before, 1 and 15 days after. */
	public static final ReminderDays DEFAULTS = new ReminderDays(List.of(7), List.of(1, 15));

	public ReminderDays {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	/**
	 * The days written in a form ({@code "1, 15"}): whole numbers from 1 to
	 * {@value #MAX_DAY}, at most {@value #MAX_DAYS} of each, sorted, without repeats.
	 * @throws LedgerException naming the field at fault
	 */
	public static ReminderDays parse(String before, String after) {
		return new ReminderDays(days(before, "daysBefore"), days(after, "daysAfter"));
	}

	private static List<Integer> days(String text, String field) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String[] parts = text.trim().split("[\\s,;]+");
		if (parts.length > MAX_DAYS) {
			throw new LedgerException(field, "ledger.reminders.too-many", MAX_DAYS);
		}
		Set<Integer> days = new LinkedHashSet<>();
		for (String part : parts) {
			if (!part.matches("-?[0-9]{1,4}")) {
				throw new LedgerException(field, "ledger.reminders.not-a-number", part);
			}
			int day = Integer.parseInt(part);
			if (day < 1 || day > MAX_DAY) {
				throw new LedgerException(field, "ledger.reminders.out-of-range", MAX_DAY);
			}
			days.add(day);
		}
		List<Integer> sorted = new ArrayList<>(days);
		sorted.sort(null);
		return sorted;
	}

	/** As stored and shown: {@code "1, 15"}. */
	public static String text(List<Integer> days) {
		return days.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** As stored. */
	static List<Integer> stored(String text) {
		return (text == null || text.isBlank()) ? List.of()
				: Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

	/**
	 * The reminder due on the day that is {@code offset} days after the due date
	 * (negative: before it): the latest reminder day already reached, as a slot
	 * ({@code B7}, {@code A15}), or null when none is reached yet. A run missed on the
	 * exact day sends it the next day; a reminder already passed by a later one is not
	 * sent.
	 */
	String slotOn(long offset) {
		String slot = null;
		long reached = Long.MIN_VALUE;
		for (int day : this.before) {
			if (-day <= offset && -day > reached) {
				reached = -day;
				slot = "B" + day;
			}
		}
		for (int day : this.after) {
			if (day <= offset && day > reached) {
				reached = day;
				slot = "A" + day;
			}
		}
		return slot;
	}

}
