package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;

import fr.coopex.aids.AidData.Operator;
import fr.coopex.aids.CatalogueTransfer.FileProblem;
import fr.coopex.aids.CatalogueTransfer.TransferredAid;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;
import fr.coopex.shared.money.Amounts;
import fr.coopex.shared.csv.CsvFile;

/**
 * The cells of one CSV row of the catalogue ({@link CatalogueTransfer}), read into an
 * aid; each bad cell is a problem of the file.
 */
final class CatalogueCells {

	private final CSVRecord record;

	private final int line;

	private final List<FileProblem> problems;

	private final int before;

	CatalogueCells(CSVRecord record, int line, List<FileProblem> problems) {
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
				number("amount_min", CatalogueCells::amount), number("amount_max", CatalogueCells::amount),
				number("rate_min", CatalogueCells::amount), number("rate_max", CatalogueCells::amount),
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
			return bar < 0 ? new Operator(line, null) : new Operator(line.substring(0, bar), line.substring(bar + 1));
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

	/** An amount of a file, French or international writing, bounded before use. */
	private static BigDecimal amount(String text) {
		return Amounts.parse(text, null);
	}

}
