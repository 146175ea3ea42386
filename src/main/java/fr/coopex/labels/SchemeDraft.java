package fr.coopex.labels;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scheme as the agency writes it.
 *
 * @param regions the regions it is open to (names of {@code accounts.RegionNames#all()})
 * @param sectors the NAF divisions it is open to (two digits); empty: every sector
 * @param validityMonths how long a granted label lasts
 */
public record SchemeDraft(String nameFr, String nameEn, String descriptionFr, String descriptionEn,
		List<String> regions, List<String> sectors, int validityMonths, List<CriterionDraft> criteria) {

	/**
	 * One criterion: a text, and an indicator with a comparison and a threshold when its
	 * kind is {@link CriterionKind#INDICATOR}.
	 */
	public record CriterionDraft(CriterionKind kind, String textFr, String textEn, Indicator indicator,
			Comparison comparison, BigDecimal threshold) {
	}

}
