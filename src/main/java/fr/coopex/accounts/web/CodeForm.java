package fr.coopex.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A one-time code from the app (6 digits) or a recovery code (xxxx-xxxx).
 */
public class CodeForm {

	@NotBlank
	@Size(max = 20)
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
