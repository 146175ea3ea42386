package fr.coopex.companies;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A company as one viewer may see it: every field the viewer may not see is {@code null}
 * (or empty), whatever its value. Only the company's own people get the visibilities and
 * the version (to edit).
 */
public record CompanyCard(long companyId, String legalName, String siren, boolean own, String tradeName, String siret,
		LegalForm legalForm, String nafCode, String nafLabel, Region region, String address, String website,
		HeadcountBand headcount, TurnoverBand turnover, Boolean independent, String groupName, Boolean innovative,
		String innovationLabel, Integer foundedYear, ExportSituation exportSituation, Integer exportShare,
		Integer exportStaff, Set<String> marketsServed, Set<String> marketsTargeted, String products, String keywords,
		String certifications, Set<Obstacle> obstacles, Set<Reticence> reticences,
		Map<ProfileField, Visibility> visibilities, long version, Instant updatedAt) {

	/**
	 * The fields of the profile that aids' eligibility and partners' searches use and
	 * that this card leaves empty, in the order of the form; the markets served count
	 * only for a company that exports.
	 */
	public java.util.List<ProfileField> missingFields() {
		java.util.List<ProfileField> missing = new java.util.ArrayList<>();
		check(missing, ProfileField.SIRET, this.siret);
		check(missing, ProfileField.LEGAL_FORM, this.legalForm);
		check(missing, ProfileField.NAF, this.nafCode);
		check(missing, ProfileField.REGION, this.region);
		check(missing, ProfileField.ADDRESS, this.address);
		check(missing, ProfileField.WEBSITE, this.website);
		check(missing, ProfileField.HEADCOUNT, this.headcount);
		check(missing, ProfileField.TURNOVER, this.turnover);
		check(missing, ProfileField.GROUP, this.independent);
		check(missing, ProfileField.INNOVATION, this.innovative);
		check(missing, ProfileField.FOUNDED, this.foundedYear);
		check(missing, ProfileField.EXPORT_SITUATION, this.exportSituation);
		if (this.exportSituation == ExportSituation.EXPORTING) {
			check(missing, ProfileField.EXPORT_SHARE, this.exportShare);
			check(missing, ProfileField.MARKETS_SERVED,
					this.marketsServed == null || this.marketsServed.isEmpty() ? null : this.marketsServed);
		}
		check(missing, ProfileField.MARKETS_TARGETED,
				this.marketsTargeted == null || this.marketsTargeted.isEmpty() ? null : this.marketsTargeted);
		check(missing, ProfileField.PRODUCTS, this.products);
		return missing;
	}

	/**
	 * How complete the profile is, in percent of the fields {@link #missingFields()}
	 * counts.
	 */
	public int completeness() {
		int counted = (this.exportSituation == ExportSituation.EXPORTING) ? 16 : 14;
		return Math.round(100f * (counted - missingFields().size()) / counted);
	}

	private static void check(java.util.List<ProfileField> missing, ProfileField field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			missing.add(field);
		}
	}

	/** The name to show: the trade name when visible, else the legal name. */
	public String displayName() {
		return this.tradeName != null ? this.tradeName : this.legalName;
	}

	/** The NAF class (e.g. 28.41) of the visible sub-class, or null. */
	public String nafClass() {
		return this.nafCode == null || this.nafCode.length() < 5 ? null : this.nafCode.substring(0, 5);
	}

	/** All markets visible, served or targeted. */
	public Set<String> markets() {
		var all = new java.util.TreeSet<>(this.marketsServed);
		all.addAll(this.marketsTargeted);
		return all;
	}

}
