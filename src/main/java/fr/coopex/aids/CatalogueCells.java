package fr.coopex.aids;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.coopex.aids.AidData.Operator;
import fr.coopex.aids.CatalogueTransfer.FileException;
import fr.coopex.aids.CatalogueTransfer.FileProblem;
import fr.coopex.aids.CatalogueTransfer.Row;
import fr.coopex.aids.CatalogueTransfer.TransferredAid;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;
import fr.coopex.shared.money.Amounts;

/**
 * The catalogue's CSV file ({@link CatalogueTransfer}) read into aids, one row at a time;
 * each bad cell is a problem of the file.
 */
final class CatalogueCells {

	private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private CatalogueCells() {
	}

	/** The aids of a CSV file, or the problems of the file. */
	static List<Row> read(String content) {
		List<Row> rows = new ArrayList<>();
		List<FileProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(content)), READ)) {
			List<String> header = parser.getHeaderNames();
			List<String> missing = CatalogueTransfer.COLUMNS.stream()
				.filter((c) -> !header.contains(c) && !CatalogueTransfer.OPTIONAL_COLUMNS.contains(c))
				.toList();
			if (!missing.isEmpty()) {
				throw new FileException(
						List.of(new FileProblem(1, String.join(", ", missing), "aids.import.columns-missing")));
			}
			long line = parser.getCurrentLineNumber() + 1;
			for (CSVRecord record : parser) {
				if (rows.size() >= CatalogueTransfer.MAX_ROWS) {
					throw new FileException(List.of(new FileProblem((int) line, null, "aids.import.too-many")));
				}
				TransferredAid aid = aid(new CsvCells(record, (int) line, problems));
				if (aid != null) {
					rows.add(new Row((int) line, aid));
				}
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			throw new FileException(List.of(new FileProblem(0, null, "aids.import.csv-unreadable")));
		}
		if (!problems.isEmpty()) {
			throw new FileException(problems);
		}
		return rows;
	}

	private static TransferredAid aid(CsvCells c) {
		Long id = c.number("id", Long::valueOf);
		Publication publication = c.code("publication", Publication.class);
		Criteria criteria = new Criteria(c.number("max_headcount", Integer::valueOf),
				c.number("max_turnover", Long::valueOf), c.code("max_size", CompanySize.class),
				c.number("min_age_years", Integer::valueOf), c.flag("independent_only"), c.flag("innovative_only"),
				c.flag("cluster_members_only"), c.flag("first_time_exporters_only"), c.flag("groupings_only"),
				new TreeSet<>(c.list("naf_sections", ",")), c.codes("regions", Region.class),
				c.codes("export_situations", ExportSituation.class));
		AidData data = new AidData(c.text("name"), c.text("short_name"), operators(c), c.code("kind", AidKind.class),
				c.text("description"), c.codes("pays_for", PaysFor.class), c.text("pays_for_details"),
				c.number("amount_min", CatalogueCells::amount), c.number("amount_max", CatalogueCells::amount),
				c.number("rate_min", CatalogueCells::amount), c.number("rate_max", CatalogueCells::amount),
				c.text("amount_details"), criteria, c.list("other_conditions", "\n"), c.list("apply_steps", "\n"),
				c.list("apply_documents", "\n"), c.text("apply_delay"), c.text("apply_where"),
				c.code("recurrence", Recurrence.class), c.date("opens_on"), c.date("closes_on"),
				c.text("period_details"), c.code("status", AidStatus.class), c.flag("european"),
				c.list("sources", "\n"), c.date("last_verified"), c.text("rate_basis"), c.flag("amount_unverified"));
		return c.clean() ? new TransferredAid(id, publication, data) : null;
	}

	private static List<Operator> operators(CsvCells c) {
		return c.list("operators", "\n").stream().map((line) -> {
			int bar = line.indexOf('|');
			return bar < 0 ? new Operator(line, null) : new Operator(line.substring(0, bar), line.substring(bar + 1));
		}).toList();
	}

	/** An amount of a file, French or international writing, bounded before use. */
	private static BigDecimal amount(String text) {
		return Amounts.parse(text, null);
	}

	private static String stripBom(String content) {
		return content.startsWith("\uFEFF") ? content.substring(1) : content;
	}

}
