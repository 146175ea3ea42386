package fr.coopex.shared.csv;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.coopex.shared.web.FileNames;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's CSV helper: formula cells neutralised, and the reader's format. */
class CsvFileTests {

	@Test
	void neutralisesEveryCellThatWouldStartAFormula() {
		byte[] file = CsvFile.of(Locale.ENGLISH)
			.row("=HYPERLINK(\"http://evil\")", "+33 1 23", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "plain", "")
			.toBytes();
		CSVRecord row = read(file, ',').get(0);
		assertThat(row.toList()).containsExactly("'=HYPERLINK(\"http://evil\")", "'+33 1 23", "'-2+3", "'@SUM(A1)",
				"'\tcmd", "'\rcmd", "plain", "");
		assertThat(CsvFile.restore("'=1+1")).isEqualTo("=1+1");
		assertThat(CsvFile.restore("'quoted")).isEqualTo("'quoted");
	}

	@Test
	void writesTheFrenchSpreadsheetFormatForFrenchReaders() {
		byte[] file = CsvFile.of(Locale.FRENCH)
			.row("Poste", "Montant")
			.row("Surface; nue", new BigDecimal("-2400.50"))
			.row("Date", LocalDate.of(2027, 3, 1))
			.toBytes();
		assertThat(file[0]).isEqualTo((byte) 0xEF);
		assertThat(file[1]).isEqualTo((byte) 0xBB);
		assertThat(file[2]).isEqualTo((byte) 0xBF);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).contains("\"Surface; nue\";\"-2400,50\"\r\n");
		List<CSVRecord> rows = read(file, ';');
		// a number stays a number: its minus sign is not neutralised
		assertThat(rows.get(1).toList()).containsExactly("Surface; nue", "-2400,50");
		assertThat(rows.get(2).toList()).containsExactly("Date", "2027-03-01");
	}

	@Test
	void writesTheInternationalFormatInEnglish() {
		byte[] file = CsvFile.of(Locale.ENGLISH).row("Stand, shared", new BigDecimal("2400.50")).toBytes();
		assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"Stand, shared\",\"2400.50\"\r\n");
		assertThat(CsvFile.Dialect.of(Locale.ENGLISH)).isEqualTo(CsvFile.Dialect.INTERNATIONAL);
		assertThat(CsvFile.Dialect.of(Locale.FRANCE)).isEqualTo(CsvFile.Dialect.FRENCH);
	}

	@Test
	void fileNamesSayWhatTheyAre() {
		assertThat(FileNames.slug("Relevé", "Automate 2027", "Mécatronique du Jura"))
			.isEqualTo("releve-automate-2027-mecatronique-du-jura");
		assertThat(FileNames.slug("  ", "../../etc/passwd")).isEqualTo("etc-passwd");
		assertThat(FileNames.slug("")).isEqualTo("export");
	}

	private static List<CSVRecord> read(byte[] file, char delimiter) {
		String text = new String(file, StandardCharsets.UTF_8).substring(1);
		try {
			return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
