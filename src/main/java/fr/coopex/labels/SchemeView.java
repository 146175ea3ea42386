package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One version of a label scheme, as anyone may read it once published.
 *
 * @param familyId the id of the scheme's first version, shared by all its versions
 */
public record SchemeView(long id, long familyId, int versionNo, long agencyId, String agencyName, SchemeStatus status,
		String nameFr, String nameEn, String descriptionFr, String descriptionEn, List<String> regions,
		List<String> sectors, int validityMonths, List<Criterion> criteria, Instant publishedAt) {

	public String name(Locale locale) {
		return english(locale) && this.nameEn != null ? this.nameEn : this.nameFr;
	}

	public String description(Locale locale) {
		return english(locale) && this.descriptionEn != null ? this.descriptionEn : this.descriptionFr;
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** One criterion of a scheme version. */
	public record Criterion(long id, int position, CriterionKind kind, String textFr, String textEn,
			Indicator indicator, Comparison comparison, BigDecimal threshold) {

		public String text(Locale locale) {
			return english(locale) && this.textEn != null ? this.textEn : this.textFr;
		}

		/** Whether an indicator criterion is met by this evidence. */
		public boolean metBy(EvidencePack pack) {
			return this.kind == CriterionKind.INDICATOR
					&& this.comparison.holds(pack.value(this.indicator), this.threshold);
		}

	}

}
