package fr.coopex.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;
import fr.coopex.accounts.OrganisationRequests.Applicant;

/**
 * A coordination body's or an agency's request for an account: the organisation, where it
 * acts, and who asks.
 */
public record OrganisationRequestForm(@Valid OrganisationFields organisation, @Valid ScopeFields scope,
		@NotBlank @Size(max = 120) String applicantName, @NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(max = 120) String applicantRole, @NotBlank @Size(max = 2000) String motivation) {

	public OrganisationRequestForm {
		organisation = organisation == null ? OrganisationFields.EMPTY : organisation;
		scope = scope == null ? new ScopeFields(false, null) : scope;
	}

	static OrganisationRequestForm empty() {
		return new OrganisationRequestForm(null, null, null, null, null, null);
	}

	OrganisationDraft draft(OrganisationKind kind) {
		return this.organisation.draft(kind, this.scope);
	}

	Applicant applicant() {
		return new Applicant(this.applicantName, this.email, this.applicantRole, this.motivation);
	}

}
