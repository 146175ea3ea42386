package fr.coopex.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;

/**
 * The admin creates a coordination body or an agency and invites its first officer.
 */
public record OrganisationForm(@NotNull OrganisationKind kind, @Valid OrganisationFields organisation,
		@Valid ScopeFields scope, @NotBlank @Email @Size(max = 254) String officerEmail) {

	public OrganisationForm {
		organisation = organisation == null ? OrganisationFields.EMPTY : organisation;
		scope = scope == null ? new ScopeFields(false, null) : scope;
	}

	static OrganisationForm empty() {
		return new OrganisationForm(OrganisationKind.COORDINATION_BODY, null, null, null);
	}

	OrganisationDraft draft() {
		return this.organisation.draft(this.kind, this.scope);
	}

}
