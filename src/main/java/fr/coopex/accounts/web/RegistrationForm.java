package fr.coopex.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.AcceptablePassword;
import fr.coopex.shared.validation.Siren;

/**
 * Sign-up of an SME manager and their company.
 */
public class RegistrationForm {

	@NotBlank
	@Size(max = 120)
	private String displayName;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@AcceptablePassword
	private String password;

	@NotBlank
	@Size(max = 200)
	private String legalName;

	@NotBlank
	@Siren
	@Size(max = 20)
	private String siren;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getSiren() {
		return this.siren;
	}

	public void setSiren(String siren) {
		this.siren = siren;
	}

}
