package fr.coopex.aids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.aids.AidData.Operator;

/**
 * Published aids made for a test, straight through the repository (the curation workflow
 * has its own tests), each with a unique name.
 */
@Component
class TestAids {

	private final Aids aids;

	private final AidCatalogue catalogue;

	private final TransactionTemplate transactions;

	TestAids(Aids aids, AidCatalogue catalogue, PlatformTransactionManager transactions) {
		this.aids = aids;
		this.catalogue = catalogue;
		this.transactions = new TransactionTemplate(transactions);
	}

	static AidData data(String name, LocalDate closesOn, List<String> documents) {
		return new AidData(name, null, List.of(new Operator("Opérateur de test", null)), AidKind.GRANT,
				"Aide créée pour un test.", Set.of(PaysFor.TRADE_FAIRS), null, null, null, null, null, null,
				Criteria.NONE, List.of(), List.of(), documents, null, null, null, null, closesOn, null, AidStatus.OPEN,
				false, List.of(), LocalDate.of(2026, 1, 1));
	}

	/** A new published aid, in the catalogue at once. */
	AidView published(AidData data) {
		return this.transactions.execute((status) -> {
			Aid aid = new Aid(null, data, Instant.now());
			aid.publish(Instant.now());
			Aid saved = this.aids.saveAndFlush(aid);
			this.catalogue.changed();
			return saved;
		}).toView();
	}

}
