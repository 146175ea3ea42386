package fr.coopex.companies;

/**
 * What happens to companies, for the other modules.
 */
public final class CompanyEvents {

	private CompanyEvents() {
	}

	/** A company saved its profile (fields or visibilities may have changed). */
	public record CompanyProfileUpdated(long companyId) {
	}

	/** A colleague was invited to a company account. */
	public record ColleagueInvited(long companyId, String email, long invitedBy) {
	}

}
