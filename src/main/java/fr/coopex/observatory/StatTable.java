package fr.coopex.observatory;

import java.util.List;

/**
 * One table of the observatory: a field's categories counted over the companies that lend
 * it.
 *
 * @param id its name in links and files ({@code obstacles})
 * @param field the profile field it counts (for "which fields")
 * @param labels how its categories are named: a message key prefix, or null when the key
 * is shown as it is (codes named by the page)
 * @param cells its figures, in order
 * @param base how many companies it rests on, or null when fewer than five
 * @param partition whether each company falls in exactly one category (the figures add up
 * to the base); otherwise a company may count in several
 * @param paper whether the paper's 2009 survey reports a figure beside it
 */
public record StatTable(String id, String field, String labels, List<Cell> cells, Long base, boolean partition,
		boolean paper) {

	/** Whether some figure is suppressed (the page says so). */
	public boolean anySuppressed() {
		return this.cells.stream().anyMatch((cell) -> !cell.shown());
	}

}
