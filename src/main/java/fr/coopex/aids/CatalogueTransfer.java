package fr.coopex.aids;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

import fr.coopex.aids.AidData.Operator;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;
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
			file.row(row(aid));
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
				Cells cells = new Cells(record, (int) line, problems);
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

	private static List<String> row(AidView view) {
		AidData d = view.data();
		Criteria c = d.criteria();
		List<String> cells = new ArrayList<>(COLUMNS.size());
		cells.add(Long.toString(view.id()));
		cells.add(view.publication().name());
		cells.add(d.name());
		cells.add(d.shortName());
		cells.add(d.operators()
			.stream()
			.map((o) -> o.role() == null ? o.name() : o.name() + " | " + o.role())
			.collect(Collectors.joining("\n")));
		cells.add(code(d.kind()));
		cells.add(d.description());
		cells.add(codes(d.paysFor()));
		cells.add(d.paysForDetails());
		cells.add(number(d.amountMin()));
		cells.add(number(d.amountMax()));
		cells.add(number(d.rateMin()));
		cells.add(number(d.rateMax()));
		cells.add(d.amountDetails());
		cells.add(c.maxHeadcount() == null ? null : c.maxHeadcount().toString());
		cells.add(c.maxTurnover() == null ? null : c.maxTurnover().toString());
		cells.add(code(c.maxSize()));
		cells.add(c.minAgeYears() == null ? null : c.minAgeYears().toString());
		cells.add(Boolean.toString(c.independentOnly()));
		cells.add(Boolean.toString(c.innovativeOnly()));
		cells.add(Boolean.toString(c.clusterMembersOnly()));
		cells.add(Boolean.toString(c.firstTimeExportersOnly()));
		cells.add(Boolean.toString(c.groupingsOnly()));
		cells.add(String.join(",", c.nafSections()));
		cells.add(codes(c.regions()));
		cells.add(codes(c.exportSituations()));
		cells.add(String.join("\n", d.otherConditions()));
		cells.add(String.join("\n", d.steps()));
		cells.add(String.join("\n", d.documents()));
		cells.add(d.delay());
		cells.add(d.applyWhere());
		cells.add(code(d.recurrence()));
		cells.add(d.opensOn() == null ? null : d.opensOn().toString());
		cells.add(d.closesOn() == null ? null : d.closesOn().toString());
		cells.add(d.periodDetails());
		cells.add(code(d.status()));
		cells.add(Boolean.toString(d.european()));
		cells.add(String.join("\n", d.sources()));
		cells.add(d.lastVerified() == null ? null : d.lastVerified().toString());
		cells.add(d.rateBasis());
		cells.add(Boolean.toString(d.amountUnverified()));
		return cells;
	}

	private static String code(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String codes(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	/** An amount of a file, French or international writing, bounded before use. */
	private static BigDecimal amount(String text) {
		return Amounts.parse(text, null);
	}

	private static String number(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	/** The cells of one CSV row, read into an aid; each bad cell is a problem. */
	private static final class Cells {

		private final CSVRecord record;

		private final int line;

		private final List<FileProblem> problems;

		private final int before;

		Cells(CSVRecord record, int line, List<FileProblem> problems) {
			this.record = record;
			this.line = line;
			this.problems = problems;
			this.before = problems.size();
		}

		TransferredAid aid() {
			Long id = number("id", Long::valueOf);
			Publication publication = code("publication", Publication.class);
			Criteria criteria = new Criteria(number("max_headcount", Integer::valueOf),
					number("max_turnover", Long::valueOf), code("max_size", CompanySize.class),
					number("min_age_years", Integer::valueOf), flag("independent_only"), flag("innovative_only"),
					flag("cluster_members_only"), flag("first_time_exporters_only"), flag("groupings_only"),
					new TreeSet<>(list("naf_sections", ",")), codes("regions", Region.class),
					codes("export_situations", ExportSituation.class));
			AidData data = new AidData(text("name"), text("short_name"), operators(), code("kind", AidKind.class),
					text("description"), codes("pays_for", PaysFor.class), text("pays_for_details"),
					number("amount_min", CatalogueTransfer::amount), number("amount_max", CatalogueTransfer::amount),
					number("rate_min", CatalogueTransfer::amount), number("rate_max", CatalogueTransfer::amount),
					text("amount_details"), criteria, list("other_conditions", "\n"), list("apply_steps", "\n"),
					list("apply_documents", "\n"), text("apply_delay"), text("apply_where"),
					code("recurrence", Recurrence.class), date("opens_on"), date("closes_on"), text("period_details"),
					code("status", AidStatus.class), flag("european"), list("sources", "\n"), date("last_verified"),
					text("rate_basis"), flag("amount_unverified"));
			return this.problems.size() > this.before ? null : new TransferredAid(id, publication, data);
		}

		private String text(String column) {
			if (!this.record.isSet(column)) {
				return null;
			}
			String value = CsvFile.restore(this.record.get(column));
			return value == null || value.isBlank() ? null : value;
		}

		private List<String> list(String column, String separator) {
			String value = text(column);
			return value == null ? List.of()
					: Arrays.stream(value.split(separator)).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		private List<Operator> operators() {
			return list("operators", "\n").stream().map((line) -> {
				int bar = line.indexOf('|');
				return bar < 0 ? new Operator(line, null)
						: new Operator(line.substring(0, bar), line.substring(bar + 1));
			}).toList();
		}

		private <E extends Enum<E>> E code(String column, Class<E> type) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.strip());
			}
			catch (IllegalArgumentException ex) {
				problem(column, "aids.import.unknown-code");
				return null;
			}
		}

		private <E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
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

		private <N> N number(String column, java.util.function.Function<String, N> parse) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return parse.apply(value.strip());
			}
			catch (NumberFormatException ex) {
				problem(column, "aids.import.not-a-number");
				return null;
			}
		}

		private LocalDate date(String column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				problem(column, "aids.import.not-a-date");
				return null;
			}
		}

		private boolean flag(String column) {
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

}
