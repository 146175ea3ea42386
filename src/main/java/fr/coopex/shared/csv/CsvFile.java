package fr.coopex.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV file as the platform writes every one of them (issue 13, item 5; issue 14, item
 * 3):
 * <ul>
 * <li>every text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return is prefixed with a single quote, so that a spreadsheet shows it as
 * text instead of running it (OWASP: CSV injection); numbers written as numbers are left
 * alone;</li>
 * <li>every cell is quoted, quotes inside doubled;</li>
 * <li>{@link Dialect#FRENCH} (semicolon, decimal comma) for French readers, the format
 * French spreadsheets open directly; {@link Dialect#INTERNATIONAL} (comma, decimal dot)
 * otherwise;</li>
 * <li>UTF-8 with a byte-order mark, so that spreadsheets read accents right.</li>
 * </ul>
 * <pre class="code">
 * byte[] bytes = CsvFile.of(locale).row(headings).row(cells).toBytes();
 * </pre>
 */
public final class CsvFile {

	/** The media type of the files written here. */
	public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

	/** The spreadsheet formats. */
	public enum Dialect {

		/** Semicolons between cells and a decimal comma: French spreadsheets. */
		FRENCH(';', ','),
		/** Commas between cells and a decimal dot. */
		INTERNATIONAL(',', '.');

		private final char delimiter;

		private final char decimalSeparator;

		Dialect(char delimiter, char decimalSeparator) {
			this.delimiter = delimiter;
			this.decimalSeparator = decimalSeparator;
		}

		public char delimiter() {
			return this.delimiter;
		}

		public char decimalSeparator() {
			return this.decimalSeparator;
		}

		/**
		 * French for French readers (and any language but English), else international.
		 */
		public static Dialect of(Locale locale) {
			return (locale != null && "en".equals(locale.getLanguage())) ? INTERNATIONAL : FRENCH;
		}

	}

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final Dialect dialect;

	private final StringWriter out = new StringWriter();

	private final CSVPrinter printer;

	private CsvFile(Dialect dialect) {
		this.dialect = dialect;
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(dialect.delimiter())
			.setQuoteMode(QuoteMode.ALL)
			.setRecordSeparator("\r\n")
			.get();
		try {
			this.printer = new CSVPrinter(this.out, format);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file in the format of this reader's language. */
	public static CsvFile of(Locale locale) {
		return new CsvFile(Dialect.of(locale));
	}

	public static CsvFile of(Dialect dialect) {
		return new CsvFile(dialect);
	}

	public Dialect dialect() {
		return this.dialect;
	}

	/**
	 * Adds a row of cells: text, numbers ({@link BigDecimal} with their scale), dates.
	 */
	public CsvFile row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	public CsvFile row(List<?> cells) {
		List<String> written = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			written.add(cell(cell));
		}
		try {
			this.printer.printRecord(written);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** An empty line, between the tables of one file. */
	public CsvFile blankLine() {
		try {
			this.printer.println();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** The file: UTF-8 with a byte-order mark. */
	public byte[] toBytes() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ('\uFEFF' + this.out.toString()).getBytes(StandardCharsets.UTF_8);
	}

	private String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString().replace('.', this.dialect.decimalSeparator());
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return value.toString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof TemporalAccessor) {
			return neutralise(value.toString());
		}
		return neutralise(String.valueOf(value));
	}

	/**
	 * A text cell as a spreadsheet may show it: prefixed with a single quote when it
	 * starts with a character that would make it a formula.
	 */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return (text == null) ? "" : text;
		}
		return (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	/**
	 * Undoes {@link #neutralise} for a file read back (an export imported again): the
	 * single quote before a formula character goes.
	 */
	public static String restore(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

}
