package fr.coopex.aids;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The facts of the viewer's own company that eligibility needs, read through the
 * companies module and cached a few seconds ({@value CacheConfiguration#COMPANY_FACTS}):
 * the catalogue page asks for them on every search. A company's own edit evicts them on
 * this instance once it commits; another instance sees the edit within the cache's
 * expiry.
 */
@Component
class CompanyFactsSource {

	private final CompanyManagement companies;

	private final NafCatalogue naf;

	CompanyFactsSource(CompanyManagement companies, NafCatalogue naf) {
		this.companies = companies;
		this.naf = naf;
	}

	/** The facts of the viewer's company, or null for anyone who is not an SME member. */
	@Cacheable(cacheNames = CacheConfiguration.COMPANY_FACTS, key = "#viewer.organisationId()",
			condition = "#viewer != null and #viewer.role() == T(fr.coopex.shared.security.Role).MEMBER", sync = true)
	public CompanyFacts of(CoopexUser viewer) {
		if (viewer == null || viewer.role() != Role.MEMBER) {
			return null;
		}
		return facts(this.companies.ownProfile(viewer));
	}

	CompanyFacts facts(CompanyCard card) {
		String section = card.nafCode() == null ? null
				: this.naf.subclass(card.nafCode()).map(NafEntry::sectionCode).orElse(null);
		return new CompanyFacts(card.headcount(), card.turnover(), card.foundedYear(), card.independent(),
				card.innovative(), card.nafCode(), section, card.region(), card.exportSituation());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.COMPANY_FACTS, key = "#updated.companyId()")
	public void on(CompanyProfileUpdated updated) {
	}

}
