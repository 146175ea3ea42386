package fr.coopex.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A one-time code from the app (6 digits) or a recovery code (xxxx-xxxx).
 */
public record CodeForm(@NotBlank @Size(max = 20) String code) {

	static CodeForm empty() {
		return new CodeForm(null);
	}

}
