package fr.coopex.companies;

/**
 * The fields of a company profile whose visibility the company chooses, with the default
 * of each: identity and sector public; size and export figures within ecosystems;
 * turnover, obstacles and reticences private. The legal name and the SIREN are always
 * public (they are in the public register anyway).
 */
public enum ProfileField {

	TRADE_NAME(Visibility.PUBLIC), SIRET(Visibility.PUBLIC), LEGAL_FORM(Visibility.PUBLIC), NAF(Visibility.PUBLIC),
	REGION(Visibility.PUBLIC), ADDRESS(Visibility.PUBLIC), WEBSITE(Visibility.PUBLIC), HEADCOUNT(Visibility.ECOSYSTEM),
	TURNOVER(Visibility.PRIVATE), GROUP(Visibility.ECOSYSTEM), INNOVATION(Visibility.PUBLIC),
	FOUNDED(Visibility.PUBLIC), EXPORT_SITUATION(Visibility.ECOSYSTEM), EXPORT_SHARE(Visibility.PRIVATE),
	EXPORT_STAFF(Visibility.ECOSYSTEM), MARKETS_SERVED(Visibility.ECOSYSTEM), MARKETS_TARGETED(Visibility.ECOSYSTEM),
	PRODUCTS(Visibility.PUBLIC), CERTIFICATIONS(Visibility.PUBLIC), OBSTACLES(Visibility.PRIVATE),
	RETICENCES(Visibility.PRIVATE);

	private final Visibility defaultVisibility;

	ProfileField(Visibility defaultVisibility) {
		this.defaultVisibility = defaultVisibility;
	}

	public Visibility defaultVisibility() {
		return this.defaultVisibility;
	}

	/** The form property name, e.g. {@code MARKETS_SERVED} → {@code marketsServed}. */
	public String property() {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
