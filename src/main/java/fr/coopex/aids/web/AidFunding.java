package fr.coopex.aids.web;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.Size;

import fr.coopex.aids.PaysFor;

/** What an aid pays, and for what: a part of {@link AidForm}. */
record AidFunding(Set<PaysFor> paysFor, @Size(max = 2000) String paysForDetails, BigDecimal amountMin,
		BigDecimal amountMax, BigDecimal rateMin, BigDecimal rateMax, @Size(max = 2000) String amountDetails,
		@Size(max = 300) String rateBasis, Boolean amountUnverified) {

	AidFunding {
		paysFor = AidForm.set(paysFor, PaysFor.class);
	}

}
