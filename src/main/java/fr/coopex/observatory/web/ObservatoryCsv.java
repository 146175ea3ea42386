package fr.coopex.observatory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import fr.coopex.observatory.Cell;
import fr.coopex.observatory.CrossTable;
import fr.coopex.observatory.EcosystemFigures;
import fr.coopex.observatory.ObservatoryReport;
import fr.coopex.observatory.StatTable;
import fr.coopex.observatory.TrendPoint;
import fr.coopex.shared.csv.CsvFile;

/** Each table of a report as a CSV file, suppressed figures marked as on the page. */
@Component
class ObservatoryCsv {

	private final MessageSource messages;

	private final ObservatoryLabels labels;

	ObservatoryCsv(MessageSource messages, ObservatoryLabels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	/** The table or cross-tabulation named {@code id}, or 404 when there is none. */
	ResponseEntity<byte[]> file(ObservatoryReport report, List<TrendPoint> trend, String id, Locale locale) {
		byte[] bytes;
		if ("trend".equals(id)) {
			bytes = trend(trend, locale);
		}
		else if (report.table(id).isPresent()) {
			bytes = table(report.table(id).get(), locale);
		}
		else if (report.cross(id).isPresent()) {
			bytes = cross(report.cross(id).get(), locale);
		}
		else if ("ecosystems".equals(id) && report.ecosystems() != null) {
			bytes = ecosystems(report.ecosystems(), locale);
		}
		else {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CsvFile.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("observatoire-" + id + ".csv").build().toString())
			.body(bytes);
	}

	private byte[] table(StatTable table, Locale locale) {
		CsvFile csv = CsvFile.of(locale)
			.row(text("observatory.col.category", locale), text("observatory.col.companies", locale),
					text("observatory.col.percent", locale), text("observatory.col.base", locale));
		for (Cell cell : table.cells()) {
			csv.row(this.labels.of(table.labels(), table.id(), cell.key(), locale), count(cell, locale),
					cell.shown() ? cell.percent() : "", (table.base() != null) ? table.base() : secret(locale));
		}
		return csv.toBytes();
	}

	private byte[] cross(CrossTable table, Locale locale) {
		List<Object> heading = new ArrayList<>();
		heading.add(text("observatory.col.category", locale));
		table.columns()
			.forEach((column) -> heading.add(this.labels.of(table.columnLabels(), table.id(), column.key(), locale)));
		CsvFile csv = CsvFile.of(locale).row(heading);
		List<Object> bases = new ArrayList<>();
		bases.add(text("observatory.col.base", locale));
		table.columns().forEach((column) -> bases.add(count(column, locale)));
		csv.row(bases);
		for (CrossTable.Row row : table.rows()) {
			List<Object> cells = new ArrayList<>();
			cells.add(this.labels.of(table.rowLabels(), table.id(), row.key(), locale));
			row.cells().forEach((cell) -> cells.add(count(cell, locale)));
			csv.row(cells);
		}
		return csv.toBytes();
	}

	private byte[] ecosystems(EcosystemFigures figures, Locale locale) {
		return CsvFile.of(locale)
			.row(text("observatory.ecosystems.indicator", locale), text("observatory.ecosystems.value", locale))
			.row(text("observatory.ecosystems.count", locale), shown(figures.ecosystems(), locale))
			.row(text("observatory.ecosystems.members", locale), shown(figures.memberCompanies(), locale))
			.row(text("observatory.ecosystems.actions", locale), shown(figures.actions(), locale))
			.row(text("observatory.ecosystems.participants", locale), shown(figures.participants(), locale))
			.row(text("observatory.ecosystems.costs-eur", locale), shown(figures.costsShared(), locale))
			.row(text("observatory.ecosystems.subsidies-eur", locale), shown(figures.subsidies(), locale))
			.toBytes();
	}

	private Object shown(Object figure, Locale locale) {
		return (figure != null) ? figure : secret(locale);
	}

	private byte[] trend(List<TrendPoint> trend, Locale locale) {
		CsvFile csv = CsvFile.of(locale)
			.row(text("observatory.trend.month", locale), text("observatory.trend.situation-lent", locale),
					text("observatory.trend.exporting", locale), text("observatory.trend.obstacles-lent", locale),
					text("observatory.trend.with-obstacles", locale));
		for (TrendPoint point : trend) {
			csv.row(point.month(), base(point.situation(), locale), count(point.situation(), locale),
					base(point.difficulties(), locale), count(point.difficulties(), locale));
		}
		return csv.toBytes();
	}

	private Object base(Cell cell, Locale locale) {
		return (cell.base() != null) ? (Object) cell.base() : secret(locale);
	}

	private Object count(Cell cell, Locale locale) {
		return cell.shown() ? (Object) cell.count() : secret(locale);
	}

	private String secret(Locale locale) {
		return text("observatory.suppressed", locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
