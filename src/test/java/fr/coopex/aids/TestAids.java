package fr.coopex.aids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.NewAccount;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.aids.AidData.Operator;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;

/**
 * Published aids made for a test, straight through the repository (the curation workflow
 * has its own tests), each with a unique name.
 */
@Component
class TestAids {

	private final Aids aids;

	private final AccountManagement accounts;

	private final AidCatalogue catalogue;

	private final TransactionTemplate transactions;

	TestAids(Aids aids, AccountManagement accounts, AidCatalogue catalogue, PlatformTransactionManager transactions) {
		this.aids = aids;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * An officer of a new agency of their own (Fixtures puts every officer in one
	 * agency).
	 */
	CoopexUser officer() {
		long id = this.accounts
			.createAccount(
					new NewAccount(Fixtures.uniqueEmail("agent"), "Agathe Curatrice", Role.AGENCY,
							OrganisationKind.AGENCY, "Agence " + System.nanoTime(), null, Fixtures.PASSWORD, true),
					"test");
		return this.accounts.principal(id);
	}

	static AidData data(String name, LocalDate closesOn, List<String> documents) {
		return new AidData(name, null, List.of(new Operator("Opérateur de test", null)), AidKind.GRANT,
				"Aide créée pour un test.", Set.of(PaysFor.TRADE_FAIRS), null, null, null, null, null, null,
				Criteria.NONE, List.of(), List.of(), documents, null, null, null, null, closesOn, null, AidStatus.OPEN,
				false, List.of(), LocalDate.of(2026, 1, 1));
	}

	/** A new published aid, in the catalogue at once. */
	AidView published(AidData data) {
		return published(null, data);
	}

	/** A new published aid of an agency (null: seeded with the platform). */
	AidView published(Long agencyId, AidData data) {
		return this.transactions.execute((status) -> {
			Aid aid = new Aid(agencyId, data, Instant.now());
			aid.publish(Instant.now());
			Aid saved = this.aids.saveAndFlush(aid);
			this.catalogue.changed();
			return saved;
		}).toView();
	}

}
