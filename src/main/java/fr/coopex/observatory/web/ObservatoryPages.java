package fr.coopex.observatory.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.observatory.Cell;
import fr.coopex.observatory.CrossTable;
import fr.coopex.observatory.ObservatoryReport;
import fr.coopex.observatory.StatTable;
import fr.coopex.observatory.TrendPoint;

/** Writes a report for the observatory's page ({@link ObservatoryPage}). */
@Component
class ObservatoryPages {

	private final MessageSource messages;

	private final ObservatoryLabels labels;

	ObservatoryPages(MessageSource messages, ObservatoryLabels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	ObservatoryPage page(ObservatoryReport report, List<TrendPoint> trend, Locale locale) {
		Writer writer = new Writer(locale);
		List<ObservatoryPage.Table> tables = report.tables().stream().map((t) -> table(t, writer)).toList();
		List<ObservatoryPage.Cross> crosses = report.crosses().stream().map((x) -> cross(x, writer)).toList();
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		List<ObservatoryPage.Month> months = trend.stream()
			.map((p) -> new ObservatoryPage.Month(month.format(p.month()), writer.share(p.situation()),
					writer.share(p.difficulties()), value(p.situation())))
			.toList();
		return new ObservatoryPage(tables, crosses, months);
	}

	private ObservatoryPage.Table table(StatTable t, Writer writer) {
		String field = writer.text("companies.field." + t.field());
		String restsOn = (t.base() != null) ? writer.text("observatory.rests-on", field, t.base())
				: writer.text("observatory.rests-on-few", field);
		List<ObservatoryPage.Row> rows = new ArrayList<>(t.cells().size());
		for (Cell cell : t.cells()) {
			rows.add(new ObservatoryPage.Row(this.labels.of(t.labels(), t.id(), cell.key(), writer.locale),
					writer.count(cell), writer.percent(cell), value(cell)));
		}
		String title = writer.text("observatory.table." + t.id());
		return new ObservatoryPage.Table(t.id(), title, t.paper() ? writer.text("observatory.paper." + t.id()) : null,
				restsOn, t.base() != null, rows, t.anySuppressed(), writer.text("observatory.chart.label", title),
				writer.text("observatory.csv", title));
	}

	private ObservatoryPage.Cross cross(CrossTable x, Writer writer) {
		List<String> columns = x.columns()
			.stream()
			.map((c) -> this.labels.of(x.columnLabels(), x.id(), c.key(), writer.locale))
			.toList();
		List<String> bases = x.columns().stream().map(writer::count).toList();
		List<ObservatoryPage.CrossRow> rows = x.rows()
			.stream()
			.map((r) -> new ObservatoryPage.CrossRow(this.labels.of(x.rowLabels(), x.id(), r.key(), writer.locale),
					r.cells().stream().map(writer::count).toList()))
			.toList();
		String fields = writer.text("observatory.cross.fields", writer.text("companies.field." + x.rowField()),
				writer.text("companies.field." + x.columnField()));
		String title = writer.text("observatory.table." + x.id());
		return new ObservatoryPage.Cross(x.id(), title, fields, columns, bases, rows,
				writer.text("observatory.csv", title));
	}

	/** The share for the chart, written the same in every language. */
	private static String value(Cell cell) {
		BigDecimal percent = cell.percent();
		return (percent != null) ? percent.toPlainString() : null;
	}

	/** Texts and numbers in one reader's language, for one page. */
	private final class Writer {

		private final Locale locale;

		private final NumberFormat decimal;

		private final String secret;

		Writer(Locale locale) {
			this.locale = locale;
			this.decimal = NumberFormat.getNumberInstance(locale);
			this.decimal.setMinimumFractionDigits(1);
			this.decimal.setMaximumFractionDigits(1);
			this.secret = text("observatory.suppressed");
		}

		String text(String key, Object... arguments) {
			return ObservatoryPages.this.messages.getMessage(key, arguments, this.locale);
		}

		String count(Cell cell) {
			return cell.shown() ? String.valueOf(cell.count()) : this.secret;
		}

		String percent(Cell cell) {
			BigDecimal percent = cell.percent();
			return (percent != null) ? this.decimal.format(percent) + " %" : "—";
		}

		/** A trend month's share followed by its base in brackets. */
		String share(Cell cell) {
			return cell.shown() ? this.decimal.format(cell.percent()) + " % (" + cell.base() + ")" : this.secret;
		}

	}

}
