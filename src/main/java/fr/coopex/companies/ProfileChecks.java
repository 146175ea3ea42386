package fr.coopex.companies;

import java.time.Clock;
import java.time.Year;

import org.springframework.stereotype.Component;

import fr.coopex.shared.validation.SiretValidator;

/**
 * Checks the values of a company's edit of its profile that the form alone cannot.
 */
@Component
class ProfileChecks {

	private final NafCatalogue naf;

	private final Markets markets;

	private final Clock clock;

	ProfileChecks(NafCatalogue naf, Markets markets, Clock clock) {
		this.naf = naf;
		this.markets = markets;
		this.clock = clock;
	}

	/**
	 * Refuses an edit with an invalid value.
	 * @throws CompanyException with the field and reason
	 */
	void check(ProfileUpdate update, String siren) {
		if (update.siret() != null && !update.siret().isBlank()) {
			String problem = SiretValidator.problem(update.siret(), siren);
			if (problem != null) {
				throw new CompanyException("siret", problem);
			}
		}
		if (update.nafCode() != null && !update.nafCode().isBlank() && !this.naf.isSubclass(update.nafCode())) {
			throw new CompanyException("nafCode", "companies.profile.naf-unknown");
		}
		if (update.foundedYear() != null
				&& (update.foundedYear() < 1800 || update.foundedYear() > Year.now(this.clock).getValue())) {
			throw new CompanyException("foundedYear", "companies.profile.founded-range");
		}
		for (String code : update.marketsServed()) {
			if (!this.markets.isValid(code)) {
				throw new CompanyException("marketsServed", "companies.profile.market-unknown");
			}
		}
		for (String code : update.marketsTargeted()) {
			if (!this.markets.isValid(code)) {
				throw new CompanyException("marketsTargeted", "companies.profile.market-unknown");
			}
		}
	}

}
