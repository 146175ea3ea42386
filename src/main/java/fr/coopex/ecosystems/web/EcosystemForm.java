package fr.coopex.ecosystems.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.EcosystemStatus;

/**
 * Creating or editing an ecosystem (the status only when editing).
 *
 * @param openToMembers open to new members; null when the form does not send it (open, as
 * a new ecosystem is; an unticked box sends false)
 * @param competitionClauses the charter includes the competition-law clauses on
 * information exchange (editing only; null: left as they are)
 */
record EcosystemForm(@NotBlank @Size(max = 150) String name, @NotBlank @Size(max = 2000) String purpose,
		@Size(max = 100) Set<String> markets, @Size(max = 100) Set<String> sectors, Boolean openToMembers,
		@Size(max = 20000) String charter, EcosystemStatus status, Boolean competitionClauses) {

	/** A new ecosystem: open to members by default. */
	static EcosystemForm empty() {
		return new EcosystemForm(null, null, Set.of(), Set.of(), true, null, null, null);
	}

	static EcosystemForm of(EcosystemDetail detail, boolean competitionClauses) {
		var summary = detail.summary();
		return new EcosystemForm(summary.name(), summary.purpose(), new LinkedHashSet<>(summary.markets()),
				new LinkedHashSet<>(summary.sectors()), summary.openToMembers(), detail.charter(), summary.status(),
				competitionClauses);
	}

	EcosystemDraft toDraft() {
		return new EcosystemDraft(this.name, this.purpose, orEmpty(this.markets), orEmpty(this.sectors),
				!Boolean.FALSE.equals(this.openToMembers), this.charter);
	}

	private static Set<String> orEmpty(Set<String> codes) {
		return codes == null ? Set.of() : codes;
	}

}
