package fr.coopex.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.AcceptablePassword;

/**
 * A new password, with the current one (change) or without (reset by link).
 */
public record PasswordChangeForm(@Size(max = 128) String currentPassword,
		@NotBlank @AcceptablePassword String newPassword, @Size(max = 100) String token) {

	static PasswordChangeForm withToken(String token) {
		return new PasswordChangeForm(null, null, token);
	}

}
