package fr.coopex.accounts.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import fr.coopex.accounts.Scope;

/**
 * Where an organisation acts: national, or some regions. Nested in every form that sets
 * it ({@code *{scope.regions}}), and shown by
 * {@code accounts/organisation-fields :: scope}.
 */
public record ScopeFields(Boolean national, @Size(max = 18) List<String> regions) {

	/** An unticked box sends nothing: not national. */
	public ScopeFields {
		national = Boolean.TRUE.equals(national);
		regions = regions == null ? List.of() : List.copyOf(regions);
	}

	static ScopeFields of(Scope scope) {
		return new ScopeFields(scope.national(), scope.regions());
	}

	Scope scope() {
		return new Scope(this.national, this.regions);
	}

}
