package fr.coopex.aids;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The facts of the viewer's own company that eligibility needs, read through the
 * companies module and kept a few seconds: the catalogue page asks for them on every
 * search. A company's own edit clears them at once on this instance; another instance
 * sees the edit within {@link #TIME_TO_LIVE}.
 */
@Component
class CompanyFactsSource {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(15);

	private static final int MAX_ENTRIES = 10_000;

	private final CompanyManagement companies;

	private final NafCatalogue naf;

	private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

	CompanyFactsSource(CompanyManagement companies, NafCatalogue naf) {
		this.companies = companies;
		this.naf = naf;
	}

	/** The facts of the viewer's company, or null for anyone who is not an SME member. */
	CompanyFacts of(CoopexUser viewer) {
		if (viewer == null || viewer.role() != Role.MEMBER) {
			return null;
		}
		long now = System.nanoTime();
		Cached cached = this.cache.get(viewer.organisationId());
		if (cached != null && now - cached.readAt < TIME_TO_LIVE.toNanos()) {
			return cached.facts;
		}
		CompanyFacts facts = facts(this.companies.ownProfile(viewer));
		if (this.cache.size() >= MAX_ENTRIES) {
			this.cache.clear();
		}
		this.cache.put(viewer.organisationId(), new Cached(facts, now));
		return facts;
	}

	CompanyFacts facts(CompanyCard card) {
		String section = card.nafCode() == null ? null
				: this.naf.subclass(card.nafCode()).map(NafEntry::sectionCode).orElse(null);
		return new CompanyFacts(card.headcount(), card.turnover(), card.foundedYear(), card.independent(),
				card.innovative(), card.nafCode(), section, card.region(), card.exportSituation());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CompanyProfileUpdated updated) {
		this.cache.remove(updated.companyId());
	}

	private record Cached(CompanyFacts facts, long readAt) {
	}

}
