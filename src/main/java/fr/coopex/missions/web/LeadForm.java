package fr.coopex.missions.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.coopex.missions.LeadStage;
import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.missions.MissionPage.LeadLine;

/**
 * A lead or contact, private to the company unless shared with named participants.
 *
 * @param version the version loaded, when editing
 * @param confirmPriceTalk the author read the price-talk warning and shares the lead
 * anyway
 */
record LeadForm(@NotBlank @Size(max = 200) String companyName, @Size(max = 200) String contact, String country,
		@Size(max = 4000) String notes, @NotNull LeadStage stage, @Size(max = 200) Set<Long> sharedWith, Long version,
		Boolean confirmPriceTalk) {

	/** A new lead, at its first stage, private. */
	static LeadForm empty() {
		return new LeadForm(null, null, null, null, LeadStage.NEW, Set.of(), null, false);
	}

	static LeadForm of(LeadLine lead) {
		return new LeadForm(lead.companyName(), lead.contact(), lead.country(), lead.notes(), lead.stage(),
				new LinkedHashSet<>(lead.sharedWithIds()), lead.version(), false);
	}

	/** Whether the author confirmed the text after the price-talk warning. */
	boolean priceTalkConfirmed() {
		return Boolean.TRUE.equals(this.confirmPriceTalk);
	}

	LeadDraft toDraft() {
		return new LeadDraft(this.companyName, this.contact, this.country, this.notes, this.stage,
				this.sharedWith == null ? Set.of() : this.sharedWith);
	}

}
