package fr.coopex.shared.web;

/**
 * Page numbers as people see them (from 1) and as Spring Data counts them (from 0).
 */
public final class Paging {

	/** Rows per page in lists. */
	public static final int SIZE = 25;

	/** The largest page number accepted, to keep offsets bounded. */
	public static final int MAX_PAGE = 10_000;

	private Paging() {
	}

	/** The zero-based index of a one-based page number, clamped to the accepted range. */
	public static int index(int page) {
		return Math.max(0, Math.min(page, MAX_PAGE) - 1);
	}

}
