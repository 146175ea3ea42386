package fr.coopex.accounts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;
import fr.coopex.shared.validation.SirenValidator;
import fr.coopex.shared.validation.SiretValidator;
import fr.coopex.shared.web.Text;

/**
 * What a coordination body or an agency must be, whether an admin creates it or someone
 * asks for it: the first problem found is thrown, naming its field.
 */
@Component
class OrganisationRules {

	private final RegionNames regions;

	OrganisationRules(RegionNames regions) {
		this.regions = regions;
	}

	RegionNames regions() {
		return this.regions;
	}

	/**
	 * @throws AccountException when a field is wrong
	 */
	void check(OrganisationDraft draft) {
		if (draft.kind() != OrganisationKind.COORDINATION_BODY && draft.kind() != OrganisationKind.AGENCY) {
			throw new AccountException("kind", "accounts.organisation.kind-invalid");
		}
		if (draft.kind() == OrganisationKind.COORDINATION_BODY && draft.category() == null) {
			throw new AccountException("category", "NotNull");
		}
		String siret = draft.siret() == null ? "" : SirenValidator.normalise(draft.siret());
		if (!siret.isEmpty()) {
			String problem = SiretValidator.problem(siret, null);
			if (problem != null) {
				throw new AccountException("siret", problem);
			}
		}
		else if (draft.otherIdentifier() == null || draft.otherIdentifier().isBlank()) {
			throw new AccountException("siret", "accounts.organisation.identifier-missing");
		}
		checkScope(draft.scope());
		String website = draft.website();
		if (website != null && !website.isBlank() && !website.strip().matches("(?i)https?://[^\\s<>\"]+")) {
			throw new AccountException("website", "accounts.organisation.website-invalid");
		}
	}

	/** National, or at least one region, each of them known. */
	void checkScope(Scope scope) {
		if (scope == null || scope.isEmpty()) {
			throw new AccountException("regions", "accounts.organisation.scope-missing");
		}
		for (String region : scope.regions()) {
			if (!this.regions.isKnown(region)) {
				throw new AccountException("regions", "accounts.organisation.region-unknown");
			}
		}
	}

	/** The operators' names, cleaned, blanks and repeats left out. */
	static Set<String> operatorNames(List<String> operators) {
		Set<String> names = new LinkedHashSet<>();
		for (String operator : operators == null ? List.<String>of() : operators) {
			String name = Text.clean(operator);
			if (name != null) {
				if (name.length() > 200) {
					throw new AccountException("operators", "accounts.organisation.operator-too-long");
				}
				names.add(name);
			}
		}
		return names;
	}

}
