package fr.coopex.companies;

/**
 * What the public company register says about a company, proposed to pre-fill its
 * profile. Each value is {@code null} when the register does not give it.
 *
 * @param siren the company's SIREN
 * @param name the legal name (the full name, for a sole trader)
 * @param nafCode the main activity code, for example {@code 28.41Z}
 * @param siret the SIRET of the head office
 * @param address the head office's street address, without postal code and city when
 * those are given separately
 * @param postalCode the head office's postal code
 * @param city the head office's city
 * @param regionCode the INSEE code of the head office's region, for example {@code 84}
 * @param legalFormCode the INSEE legal form code ("catégorie juridique"), for example
 * {@code 5710}
 * @param foundedYear the year the company was created
 * @param headcountCode the INSEE employee headcount band, for example {@code 12}
 */
public record RegisterEntry(String siren, String name, String nafCode, String siret, String address, String postalCode,
		String city, String regionCode, String legalFormCode, Integer foundedYear, String headcountCode) {

}
