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
