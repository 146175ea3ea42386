package fr.coopex.shared.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

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

	/**
	 * One page of {@link #SIZE} rows of a list held in memory, for a one-based page
	 * number; a page beyond the last is the last.
	 */
	public static <T> Page<T> slice(List<T> rows, int page) {
		int pageCount = Math.max(1, (rows.size() + SIZE - 1) / SIZE);
		int index = Math.min(index(page), pageCount - 1);
		int from = index * SIZE;
		return new PageImpl<>(rows.subList(from, Math.min(rows.size(), from + SIZE)), PageRequest.of(index, SIZE),
				rows.size());
	}

}
