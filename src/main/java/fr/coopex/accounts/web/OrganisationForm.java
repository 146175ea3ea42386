package fr.coopex.accounts.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.CoordinationCategory;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;
import fr.coopex.accounts.Scope;

/**
 * The admin creates a coordination body or an agency and invites its first officer.
 */
public class OrganisationForm {

	@NotNull
	private OrganisationKind kind;

	private CoordinationCategory category;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 20)
	private String siret;

	@Size(max = 60)
	private String otherIdentifier;

	private boolean national;

	@Size(max = 18)
	private List<String> regions = new ArrayList<>();

	@Size(max = 200)
	private String website;

	@NotBlank
	@Email
	@Size(max = 254)
	private String officerEmail;

	OrganisationDraft draft() {
		return new OrganisationDraft(this.kind, this.kind == OrganisationKind.COORDINATION_BODY ? this.category : null,
				this.name, this.siret, this.otherIdentifier, new Scope(this.national, this.regions), this.website);
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public CoordinationCategory getCategory() {
		return this.category;
	}

	public void setCategory(CoordinationCategory category) {
		this.category = category;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public String getOtherIdentifier() {
		return this.otherIdentifier;
	}

	public void setOtherIdentifier(String otherIdentifier) {
		this.otherIdentifier = otherIdentifier;
	}

	public boolean isNational() {
		return this.national;
	}

	public void setNational(boolean national) {
		this.national = national;
	}

	public List<String> getRegions() {
		return this.regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = regions == null ? new ArrayList<>() : regions;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getOfficerEmail() {
		return this.officerEmail;
	}

	public void setOfficerEmail(String officerEmail) {
		this.officerEmail = officerEmail;
	}

}
