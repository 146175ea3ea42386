package fr.coopex.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a forgotten password's link goes to. */
public record ForgotPasswordForm(@NotBlank @Email @Size(max = 254) String email) {

	static ForgotPasswordForm empty() {
		return new ForgotPasswordForm(null);
	}

}
