package fr.coopex.shared.security;

/**
 * Someone of another organisation opened a company's non-public data: its profile while a
 * field that is not public was shown, or one of its statements. Published where the data
 * is read (in the module that owns it) for the company's access log, kept by the audit
 * module; a view that shows only public data publishes nothing.
 *
 * @param companyId the company whose data was opened
 * @param viewerOrganisationId the organisation of the person who opened it
 */
public record DataAccessed(long companyId, long viewerOrganisationId, Kind kind) {

	/** What was opened. */
	public enum Kind {

		/** The company's profile, with at least one field that is not public. */
		PROFILE,
		/** A statement of the company's shares, payments and balances. */
		STATEMENT

	}

	/**
	 * The access, or null when the viewer is of the company itself (a company's own reads
	 * are not in its log).
	 */
	public static DataAccessed by(CoopexUser viewer, long companyId, Kind kind) {
		return viewer == null || viewer.organisationId() == companyId ? null
				: new DataAccessed(companyId, viewer.organisationId(), kind);
	}

}
