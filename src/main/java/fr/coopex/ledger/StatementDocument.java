package fr.coopex.ledger;

import java.util.List;
import java.util.Locale;

/**
 * What a statement shows, all of it, whatever its format: a title, header lines and
 * tables, in the reader's language. Two equal documents make the same file.
 */
record StatementDocument(String title, List<String> header, List<Table> tables, Locale locale) {

	StatementDocument {
		header = List.copyOf(header);
		tables = List.copyOf(tables);
	}

	/** A table: a title, headings and rows (texts, amounts, dates). */
	record Table(String title, List<String> headings, List<List<Object>> rows) {

		Table {
			headings = List.copyOf(headings);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

}
