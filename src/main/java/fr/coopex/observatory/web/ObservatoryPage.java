package fr.coopex.observatory.web;

import java.util.List;

/**
 * A report as the observatory's page shows it: every name, figure and percentage already
 * written in the reader's language, so that the template only places them (the page has
 * hundreds of cells; each formatted in the template cost more than the rest of the page).
 *
 * @param tables the tables, in the survey's order
 * @param crosses the cross-tabulations
 * @param trend the monthly trend, oldest month first
 */
public record ObservatoryPage(List<Table> tables, List<Cross> crosses, List<Month> trend) {

	/**
	 * One table.
	 *
	 * @param id its name in links and files
	 * @param title its question
	 * @param paper the paper's 2009 figure, or null
	 * @param restsOn which field and how many companies it rests on
	 * @param chart whether a chart is drawn beside it (enough companies)
	 * @param rows its categories
	 * @param anySuppressed whether some figure is suppressed
	 * @param chartLabel what the chart is, for screen readers
	 * @param csvLabel the text of its CSV link
	 */
	public record Table(String id, String title, String paper, String restsOn, boolean chart, List<Row> rows,
			boolean anySuppressed, String chartLabel, String csvLabel) {
	}

	/**
	 * One category of a table.
	 *
	 * @param label its name
	 * @param count the companies, or the suppression mark
	 * @param percent the share written for the reader, or a dash
	 * @param value the share for the chart ({@code 40.0}), or null when not shown
	 */
	public record Row(String label, String count, String percent, String value) {
	}

	/**
	 * One cross-tabulation.
	 *
	 * @param id its name in links and files
	 * @param title its question
	 * @param fields which fields it crosses
	 * @param columns the columns' names
	 * @param bases the companies of each column, or the suppression mark
	 * @param rows each row's name and figures
	 * @param csvLabel the text of its CSV link
	 */
	public record Cross(String id, String title, String fields, List<String> columns, List<String> bases,
			List<CrossRow> rows, String csvLabel) {
	}

	/** One row of a cross-tabulation: its name and one figure (or mark) per column. */
	public record CrossRow(String label, List<String> counts) {
	}

	/**
	 * One month of the trend.
	 *
	 * @param label the month, named for the reader
	 * @param situation the share that exports and its base, or the suppression mark
	 * @param difficulties the share citing an obstacle and its base, or the mark
	 * @param value the exporting share for the chart, or null
	 */
	public record Month(String label, String situation, String difficulties, String value) {
	}

}
