package fr.coopex.aids;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

import fr.coopex.shared.money.Amounts;
import fr.coopex.shared.csv.CsvFile;

/**
 * The catalogue as files: CSV (one aid per row; lists one item per line within a cell,
 * sets of codes separated by commas, operators as {@code name | role} lines) and JSON (an
 * array of {@link TransferredAid}). Writing then reading a file gives the same aids: the
 * round trip is exact.
 */
@Component
class CatalogueTransfer {

	static final List<String> COLUMNS = List.of("id", "publication", "name", "short_name", "operators", "kind",
			"description", "pays_for", "pays_for_details", "amount_min", "amount_max", "rate_min", "rate_max",
			"amount_details", "max_headcount", "max_turnover", "max_size", "min_age_years", "independent_only",
			"innovative_only", "cluster_members_only", "first_time_exporters_only", "groupings_only", "naf_sections",
			"regions", "export_situations", "other_conditions", "apply_steps", "apply_documents", "apply_delay",
			"apply_where", "recurrence", "opens_on", "closes_on", "period_details", "status", "european", "sources",
			"last_verified", "rate_basis", "amount_unverified");

	/**
	 * Columns added after the first files were written: a file without them still imports
	 * (no basis, amounts verified).
	 */
	static final List<String> OPTIONAL_COLUMNS = List.of("rate_basis", "amount_unverified");

	/** The CSV column of each field of {@link AidData} (as the rules name them). */
	static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("shortName", "short_name"), Map.entry("operators", "operators"), Map.entry("kind", "kind"),
			Map.entry("description", "description"), Map.entry("paysFor", "pays_for"),
			Map.entry("paysForDetails", "pays_for_details"), Map.entry("amountMin", "amount_min"),
			Map.entry("amountMax", "amount_max"), Map.entry("rateMin", "rate_min"), Map.entry("rateMax", "rate_max"),
			Map.entry("amountDetails", "amount_details"), Map.entry("maxHeadcount", "max_headcount"),
			Map.entry("maxTurnover", "max_turnover"), Map.entry("maxSize", "max_size"),
			Map.entry("minAgeYears", "min_age_years"), Map.entry("nafSections", "naf_sections"),
			Map.entry("regions", "regions"), Map.entry("exportSituations", "export_situations"),
			Map.entry("otherConditions", "other_conditions"), Map.entry("steps", "apply_steps"),
			Map.entry("documents", "apply_documents"), Map.entry("delay", "apply_delay"),
			Map.entry("applyWhere", "apply_where"), Map.entry("recurrence", "recurrence"),
			Map.entry("opensOn", "opens_on"), Map.entry("closesOn", "closes_on"),
			Map.entry("periodDetails", "period_details"), Map.entry("status", "status"),
			Map.entry("european", "european"), Map.entry("sources", "sources"),
			Map.entry("lastVerified", "last_verified"), Map.entry("rateBasis", "rate_basis"),
			Map.entry("amountUnverified", "amount_unverified"));

	/** The most aids one file may carry. */
	static final int MAX_ROWS = 5000;

	private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final JsonMapper json;

	/** Lenient on fields left out (false, empty), strict on unknown ones (typos). */
	CatalogueTransfer(JsonMapper json) {
		this.json = json.rebuild()
			.addModule(new SimpleModule("amounts").addDeserializer(BigDecimal.class, new AmountDeserializer()))
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
	}

	/**
	 * The amounts of a JSON file: a number or a string, bounded in length and exponent
	 * before any arithmetic ({@link Amounts}).
	 */
	static final class AmountDeserializer extends ValueDeserializer<BigDecimal> {

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			try {
				if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
					return Amounts.parseJson(parser.getString());
				}
				if (token == JsonToken.VALUE_STRING) {
					return Amounts.parse(parser.getString(), null);
				}
			}
			catch (NumberFormatException ex) {
				return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, parser.getString(),
						"not an amount");
			}
			return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
		}

	}

	/** An aid in a file: its id when it is already in the catalogue. */
	record TransferredAid(Long id, Publication publication, AidData aid) {
	}

	/** An aid read from a file, and where it is in the file (a line, or an entry). */
	record Row(int position, TransferredAid aid) {
	}

	/** A problem of a file: where (line or entry), which column or field, and why. */
	record FileProblem(int position, String field, String messageKey) {
	}

	/** A file that could not be read or breaks the rules; nothing was imported. */
	static class FileException extends RuntimeException {

		final List<FileProblem> problems;

		FileException(List<FileProblem> problems) {
			super("Import refused: " + problems);
			this.problems = problems;
		}

	}

	/**
	 * Through the platform's CSV helper, in the international format (the file is read
	 * back by {@link #fromCsv}): cells that would start a formula are neutralised, and
	 * restored when the file is imported again.
	 */
	String toCsv(List<AidView> aids) {
		CsvFile file = CsvFile.of(CsvFile.Dialect.INTERNATIONAL);
		file.row(COLUMNS);
		for (AidView aid : aids) {
			file.row(CatalogueRow.of(aid));
		}
		return new String(file.toBytes(), java.nio.charset.StandardCharsets.UTF_8);
	}

	String toJson(List<AidView> aids) {
		return this.json.writerWithDefaultPrettyPrinter()
			.writeValueAsString(
					aids.stream().map((a) -> new TransferredAid(a.id(), a.publication(), a.data())).toList());
	}

	List<Row> fromJson(String content) {
		List<TransferredAid> aids;
		try {
			aids = this.json.readValue(content, new TypeReference<List<TransferredAid>>() {
			});
		}
		catch (JacksonException ex) {
			String path = ex.getPathReference();
			int entry = 0;
			java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)\\]")
				.matcher(path == null ? "" : path);
			if (index.find()) {
				entry = Integer.parseInt(index.group(1)) + 1;
			}
			java.util.regex.Matcher field = java.util.regex.Pattern.compile("\\[\"([A-Za-z]+)\"\\][^\\[]*$")
				.matcher(path == null ? "" : path);
			throw new FileException(List
				.of(new FileProblem(entry, field.find() ? field.group(1) : null, "aids.import.json-unreadable")));
		}
		if (aids == null) {
			throw new FileException(List.of(new FileProblem(0, null, "aids.import.json-unreadable")));
		}
		if (aids.size() > MAX_ROWS) {
			throw new FileException(List.of(new FileProblem(0, null, "aids.import.too-many")));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < aids.size(); i++) {
			TransferredAid aid = aids.get(i);
			if (aid == null || aid.aid() == null) {
				throw new FileException(List.of(new FileProblem(i + 1, null, "aids.import.json-unreadable")));
			}
			rows.add(new Row(i + 1, aid));
		}
		return rows;
	}

	List<Row> fromCsv(String content) {
		List<Row> rows = new ArrayList<>();
		List<FileProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(content)), READ)) {
			List<String> header = parser.getHeaderNames();
			List<String> missing = COLUMNS.stream()
				.filter((c) -> !header.contains(c) && !OPTIONAL_COLUMNS.contains(c))
				.toList();
			if (!missing.isEmpty()) {
				throw new FileException(
						List.of(new FileProblem(1, String.join(", ", missing), "aids.import.columns-missing")));
			}
			long line = parser.getCurrentLineNumber() + 1;
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					throw new FileException(List.of(new FileProblem((int) line, null, "aids.import.too-many")));
				}
				CatalogueCells cells = new CatalogueCells(record, (int) line, problems);
				TransferredAid aid = cells.aid();
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

	private static String stripBom(String content) {
		return content.startsWith("\uFEFF") ? content.substring(1) : content;
	}

}
