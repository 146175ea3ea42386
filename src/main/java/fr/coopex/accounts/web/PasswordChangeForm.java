package fr.coopex.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.AcceptablePassword;

/**
 * A new password, with the current one (change) or without (reset by link).
 */
public class PasswordChangeForm {

	@Size(max = 128)
	private String currentPassword;

	@NotBlank
	@AcceptablePassword
	private String newPassword;

	@Size(max = 100)
	private String token;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
