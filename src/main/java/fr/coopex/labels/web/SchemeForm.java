package fr.coopex.labels.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.coopex.labels.Comparison;
import fr.coopex.labels.CriterionKind;
import fr.coopex.labels.Indicator;
import fr.coopex.labels.SchemeDraft;
import fr.coopex.labels.SchemeView;
import fr.coopex.shared.money.Amounts;

/**
 * The scheme form: names and descriptions, regions, sectors, validity and the criteria
 * (the empty rows ignored). Thresholds accept French and international number writing.
 */
record SchemeForm(@NotBlank @Size(max = 200) String nameFr, @Size(max = 200) String nameEn,
		@NotBlank @Size(max = 4000) String descriptionFr, @Size(max = 4000) String descriptionEn, List<String> regions,
		List<String> sectors, @NotNull @Min(1) @Max(120) Integer validityMonths, @Valid List<CriterionForm> criteria) {

	/** Criterion rows the form offers beyond those written. */
	static final int EMPTY_ROWS = 3;

	record CriterionForm(CriterionKind kind, @Size(max = 1000) String textFr, @Size(max = 1000) String textEn,
			Indicator indicator, Comparison comparison, @Size(max = 40) String threshold) {

		static CriterionForm empty() {
			return new CriterionForm(CriterionKind.INDICATOR, null, null, null, Comparison.AT_LEAST, null);
		}

	}

	static SchemeForm empty() {
		return new SchemeForm(null, null, null, null, List.of(), List.of(), 24, padded(new ArrayList<>()));
	}

	static SchemeForm of(SchemeView scheme) {
		List<CriterionForm> rows = new ArrayList<>();
		scheme.criteria()
			.forEach((c) -> rows.add(new CriterionForm(c.kind(), c.textFr(), c.textEn(), c.indicator(), c.comparison(),
					c.threshold() == null ? null : c.threshold().stripTrailingZeros().toPlainString())));
		return new SchemeForm(scheme.nameFr(), scheme.nameEn(), scheme.descriptionFr(), scheme.descriptionEn(),
				scheme.regions(), scheme.sectors(), scheme.validityMonths(), padded(rows));
	}

	private static List<CriterionForm> padded(List<CriterionForm> rows) {
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(CriterionForm.empty());
		}
		return rows;
	}

	/**
	 * The draft for the service.
	 * @throws NumberFormatException when a threshold is not a number
	 */
	SchemeDraft draft(Locale locale) {
		List<SchemeDraft.CriterionDraft> drafts = new ArrayList<>();
		for (CriterionForm c : (this.criteria == null ? List.<CriterionForm>of() : this.criteria)) {
			if (c == null || c.textFr() == null || c.textFr().isBlank()) {
				continue;
			}
			drafts.add(new SchemeDraft.CriterionDraft(c.kind(), c.textFr(), c.textEn(), c.indicator(), c.comparison(),
					Amounts.parse(c.threshold(), locale)));
		}
		return new SchemeDraft(this.nameFr, this.nameEn, this.descriptionFr, this.descriptionEn,
				this.regions == null ? List.of() : this.regions, this.sectors == null ? List.of() : this.sectors,
				this.validityMonths == null ? 0 : this.validityMonths, drafts);
	}

}
