package fr.coopex.accounts.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.CoordinationCategory;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;

/**
 * What describes a coordination body or an agency, in the admin's form that creates one
 * and in the request for an account ({@code *{organisation.name}}); where it acts is
 * {@link ScopeFields}, nested beside it.
 */
public record OrganisationFields(CoordinationCategory category, @NotBlank @Size(max = 200) String name,
		@Size(max = 20) String siret, @Size(max = 60) String otherIdentifier, @Size(max = 200) String website) {

	private static final Set<String> ORGANISATION_FIELDS = Set.of("category", "name", "siret", "otherIdentifier",
			"website");

	static final OrganisationFields EMPTY = new OrganisationFields(null, null, null, null, null);

	OrganisationDraft draft(OrganisationKind kind, ScopeFields scope) {
		return new OrganisationDraft(kind, kind == OrganisationKind.COORDINATION_BODY ? this.category : null, this.name,
				this.siret, this.otherIdentifier, scope.scope(), this.website);
	}

	/**
	 * Shows a refusal of the service next to its field: the fields of the organisation
	 * under {@code organisation.}, its regions under {@code scope.}; others as they are.
	 */
	static void rejectOn(AccountException ex, BindingResult result) {
		String field = ex.field();
		if (field == null) {
			result.reject(ex.messageKey());
		}
		else if (field.equals("regions") || field.equals("national")) {
			result.rejectValue("scope." + field, ex.messageKey());
		}
		else if (ORGANISATION_FIELDS.contains(field)) {
			result.rejectValue("organisation." + field, ex.messageKey());
		}
		else {
			ex.rejectOn(result);
		}
	}

}
