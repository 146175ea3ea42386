package fr.coopex.companies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the {@code naf_code} table, read once, with each code's place among its
 * parents.
 */
record NafTable(Map<String, String[]> rows) {

	/** The table's rows by code: level, label and parent code. */
	static NafTable read(JdbcTemplate jdbc) {
		Map<String, String[]> rows = new HashMap<>();
		jdbc.query("select code, level, label, parent_code from naf_code", (rs) -> {
			rows.put(rs.getString("code"),
					new String[] { rs.getString("level"), rs.getString("label"), rs.getString("parent_code") });
		});
		return new NafTable(rows);
	}

	/** The labels of the parents of a code: class, group, division, section. */
	List<String> ancestorLabels(String code) {
		List<String> labels = new ArrayList<>();
		String[] row = this.rows.get(code);
		for (int step = 0; step < 5 && row != null && row[2] != null; step++) {
			row = this.rows.get(row[2]);
			if (row != null) {
				labels.add(row[1]);
			}
		}
		return labels;
	}

	/** The entry of a code of the table, with its class, division and section. */
	NafEntry entry(String code) {
		String[] row = this.rows.get(code);
		NafLevel level = NafLevel.fromColumn(row[0]);
		String classCode = null;
		String divisionCode = null;
		String sectionCode = null;
		// walk up the parents: at most four steps, guarded against a malformed table
		String current = code;
		String[] currentRow = row;
		for (int step = 0; step < 5 && currentRow != null; step++) {
			switch (NafLevel.fromColumn(currentRow[0])) {
				case CLASS -> classCode = current;
				case DIVISION -> divisionCode = current;
				case SECTION -> sectionCode = current;
				default -> {
				}
			}
			current = currentRow[2];
			currentRow = (current != null) ? this.rows.get(current) : null;
		}
		return new NafEntry(code, level, row[1], classCode, divisionCode, sectionCode);
	}

}
