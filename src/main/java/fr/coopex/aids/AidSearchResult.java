package fr.coopex.aids;

import java.util.List;

import fr.coopex.aids.Eligibility.Verdict;

/**
 * One page of a catalogue search, with the count of every facet value: how many aids the
 * search would find with that value instead of the one chosen (or in addition to no
 * choice), the other facets unchanged.
 *
 * @param total the aids found, all pages
 * @param page the page shown, from 0
 * @param pageOutOfRange whether the page asked for does not exist (the first is shown)
 */
public record AidSearchResult(List<Hit> hits, int total, int page, int pageCount, boolean pageOutOfRange,
		Facets facets) {

	/** An aid found, with the viewer's company's verdict (null when not known). */
	public record Hit(AidView aid, Verdict verdict) {
	}

	public record FacetValue(String code, int count, boolean selected) {
	}

	/**
	 * @param unknownStatus the aids whose status the sources do not give, counted as the
	 * status facet's values are: what "include them" adds to the open ones
	 */
	public record Facets(List<FacetValue> operators, List<FacetValue> kinds, List<FacetValue> paysFor,
			List<FacetValue> regions, List<FacetValue> statuses, int closingSoon, int forMyCompany, int unknownStatus) {
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < this.pageCount;
	}

}
