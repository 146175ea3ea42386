package fr.coopex.companies;

/**
 * Who may see a field of a company profile.
 */
public enum Visibility {

	/** The company's own people only. */
	PRIVATE,
	/** Also the members and coordinators of an ecosystem the company is active in. */
	ECOSYSTEM,
	/** Any signed-in user. */
	PUBLIC

}
