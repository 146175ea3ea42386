package fr.coopex.aids;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

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

	/** The most aids one file may carry. */
	static final int MAX_ROWS = 5000;

	private final JsonMapper json;

	/** Lenient on fields left out (false, empty), strict on unknown ones (typos). */
	CatalogueTransfer(JsonMapper json) {
		this.json = json.rebuild()
			.addModule(new SimpleModule("amounts").addDeserializer(BigDecimal.class, new AmountDeserializer()))
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
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
		return CatalogueCells.read(content);
	}

}
