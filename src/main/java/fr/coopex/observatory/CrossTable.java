package fr.coopex.observatory;

import java.util.List;

/**
 * A cross-tabulation: rows (categories a company may have several of) by columns (groups
 * each company falls in one of).
 *
 * @param id its name in links and files
 * @param rowField the profile field of the rows
 * @param columnField the profile field of the columns
 * @param rowLabels message key prefix of the rows
 * @param columnLabels message key prefix of the columns
 * @param columns the companies of each column (the column bases), as cells
 * @param rows each row's key and its figures, one per column
 */
public record CrossTable(String id, String rowField, String columnField, String rowLabels, String columnLabels,
		List<Cell> columns, List<Row> rows) {

	/** A row: its category and one figure per column. */
	public record Row(String key, List<Cell> cells) {
	}

}
