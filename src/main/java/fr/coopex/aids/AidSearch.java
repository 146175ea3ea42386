package fr.coopex.aids;

/**
 * A search of the catalogue: words and facets, all optional and combined with "and".
 *
 * @param text words to find in the name, description, what the aid pays for and its
 * operators
 * @param operator the name of an operator
 * @param region a region's name ({@code BRETAGNE}), or {@link #NATIONAL} for aids open in
 * every region
 * @param closingSoon only aids whose deadline falls within {@link #SOON_DAYS} days
 * @param forMyCompany only aids the viewer's company may get (eligible or to check) and
 * can still apply for (open, or of a status to check)
 * @param page the page, from 0
 * @param includeUnknown with the {@link AidStatus#OPEN open} status chosen, also the aids
 * whose status the sources do not give (to check with the operator)
 */
public record AidSearch(String text, String operator, AidKind kind, PaysFor paysFor, String region, AidStatus status,
		boolean closingSoon, boolean forMyCompany, Sort sort, int page, int pageSize, boolean includeUnknown) {

	/** The region facet's value for aids that no region restricts. */
	public static final String NATIONAL = "NATIONAL";

	/** "Closing soon": a deadline within this many days, today included. */
	public static final int SOON_DAYS = 30;

	public static final int PAGE_SIZE = 20;

	public AidSearch {
		sort = sort == null ? Sort.RELEVANCE : sort;
		page = Math.max(0, page);
		pageSize = pageSize <= 0 ? PAGE_SIZE : Math.min(pageSize, 100);
		includeUnknown = includeUnknown && status == AidStatus.OPEN;
	}

	public AidSearch(String text, String operator, AidKind kind, PaysFor paysFor, String region, AidStatus status,
			boolean closingSoon, boolean forMyCompany, Sort sort, int page, int pageSize) {
		this(text, operator, kind, paysFor, region, status, closingSoon, forMyCompany, sort, page, pageSize, false);
	}

	/** Everything, first page. */
	public static AidSearch all() {
		return new AidSearch(null, null, null, null, null, null, false, false, Sort.RELEVANCE, 0, PAGE_SIZE);
	}

	public AidSearch withPage(int newPage) {
		return new AidSearch(this.text, this.operator, this.kind, this.paysFor, this.region, this.status,
				this.closingSoon, this.forMyCompany, this.sort, newPage, this.pageSize, this.includeUnknown);
	}

	public enum Sort {

		RELEVANCE, DEADLINE, NAME

	}

}
