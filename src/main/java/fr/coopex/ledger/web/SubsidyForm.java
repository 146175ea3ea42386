package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.SubsidyDraft;

/**
 * A subsidy as the coordinator types it: an amount or a rate, on some categories, for the
 * participants that meet its criteria.
 *
 * @param version the version of the pool the form was built on
 */
record SubsidyForm(String label, BigDecimal amount, BigDecimal rate, Set<CostCategory> categories, Integer maxHeadcount,
		Boolean firstTimeExportersOnly, Integer maxPreviousParticipations, BigDecimal capPerParticipant, String aidId,
		Long version) {

	SubsidyForm {
		categories = (categories == null || categories.isEmpty()) ? EnumSet.noneOf(CostCategory.class)
				: EnumSet.copyOf(categories);
		firstTimeExportersOnly = Boolean.TRUE.equals(firstTimeExportersOnly);
	}

	/** A new subsidy on this version of the pool. */
	static SubsidyForm blank(long version) {
		return new SubsidyForm(null, null, null, null, null, false, null, null, null, version);
	}

	SubsidyDraft toDraft() {
		return new SubsidyDraft(this.label, this.amount, this.rate, this.categories, this.maxHeadcount,
				this.firstTimeExportersOnly, this.maxPreviousParticipations, this.capPerParticipant, this.aidId);
	}

}
