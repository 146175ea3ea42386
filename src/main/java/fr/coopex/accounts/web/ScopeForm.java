package fr.coopex.accounts.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.OrganisationManagement.OrganisationDetails;

/**
 * Where an organisation acts and, for an agency, the operators whose aids it curates (one
 * per line).
 */
public record ScopeForm(@Valid ScopeFields scope, @Size(max = 4000) String operators) {

	public ScopeForm {
		scope = scope == null ? new ScopeFields(false, null) : scope;
	}

	static ScopeForm of(OrganisationDetails organisation) {
		return new ScopeForm(ScopeFields.of(organisation.scope()), String.join("\n", organisation.operators()));
	}

	List<String> operatorList() {
		return this.operators == null ? List.of() : this.operators.lines().map(String::strip).toList();
	}

}
