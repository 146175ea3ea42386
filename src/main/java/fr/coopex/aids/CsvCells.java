package fr.coopex.aids;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;

import fr.coopex.aids.CatalogueTransfer.FileProblem;
import fr.coopex.shared.csv.CsvFile;

/**
 * Reads the cells of one CSV row as typed values, each bad cell a problem of the file.
 */
final class CsvCells {

	private final CSVRecord record;

	private final int line;

	private final List<FileProblem> problems;

	private final int before;

	CsvCells(CSVRecord record, int line, List<FileProblem> problems) {
		this.record = record;
		this.line = line;
		this.problems = problems;
		this.before = problems.size();
	}

	/** Whether no cell of the row was a problem. */
	boolean clean() {
		return this.problems.size() == this.before;
	}

	String text(String column) {
		if (!this.record.isSet(column)) {
			return null;
		}
		String value = CsvFile.restore(this.record.get(column));
		return value == null || value.isBlank() ? null : value;
	}

	List<String> list(String column, String separator) {
		String value = text(column);
		return value == null ? List.of()
				: Arrays.stream(value.split(separator)).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	<E extends Enum<E>> E code(String column, Class<E> type) {
		return parsed(column, (value) -> Enum.valueOf(type, value), IllegalArgumentException.class,
				"aids.import.unknown-code");
	}

	<E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		for (String value : list(column, ",")) {
			try {
				set.add(Enum.valueOf(type, value));
			}
			catch (IllegalArgumentException ex) {
				problem(column, "aids.import.unknown-code");
			}
		}
		return set;
	}

	<N> N number(String column, Function<String, N> parse) {
		return parsed(column, parse, NumberFormatException.class, "aids.import.not-a-number");
	}

	LocalDate date(String column) {
		return parsed(column, LocalDate::parse, DateTimeParseException.class, "aids.import.not-a-date");
	}

	/**
	 * The stripped value of a cell read by {@code parse}: null when empty or when it
	 * fails so.
	 */
	private <T> T parsed(String column, Function<String, T> parse, Class<? extends RuntimeException> failure,
			String key) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (RuntimeException ex) {
			if (!failure.isInstance(ex)) {
				throw ex;
			}
			problem(column, key);
			return null;
		}
	}

	boolean flag(String column) {
		String value = text(column);
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true")) {
			return true;
		}
		problem(column, "aids.import.not-a-boolean");
		return false;
	}

	private void problem(String column, String key) {
		this.problems.add(new FileProblem(this.line, column, key));
	}

}
