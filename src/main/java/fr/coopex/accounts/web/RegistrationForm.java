package fr.coopex.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.AcceptablePassword;
import fr.coopex.shared.validation.Siren;

/**
 * Sign-up of an SME manager and their company.
 */
public record RegistrationForm(@NotBlank @Size(max = 120) String displayName,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @AcceptablePassword String password,
		@NotBlank @Size(max = 200) String legalName, @NotBlank @Siren @Size(max = 20) String siren) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, null);
	}

}
