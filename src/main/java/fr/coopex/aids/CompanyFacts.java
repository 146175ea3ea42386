package fr.coopex.aids;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;

/**
 * What eligibility needs to know of a company, from its own profile. {@code null}: the
 * profile does not say.
 *
 * @param nafCode the NAF sub-class, e.g. {@code 28.41Z}
 * @param nafSection its section, e.g. {@code C}
 */
public record CompanyFacts(HeadcountBand headcount, TurnoverBand turnover, Integer foundedYear, Boolean independent,
		Boolean innovative, String nafCode, String nafSection, Region region, ExportSituation exportSituation) {

	/** A company whose profile says nothing yet. */
	public static final CompanyFacts UNKNOWN = new CompanyFacts(null, null, null, null, null, null, null, null, null);

}
