package fr.coopex.accounts.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.accounts.CoordinationCategory;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement.OrganisationDraft;
import fr.coopex.accounts.OrganisationRequests.Applicant;
import fr.coopex.accounts.Scope;

/**
 * A coordination body's or an agency's request for an account. The admin's form to create
 * an organisation uses the organisation part of it.
 */
public class OrganisationRequestForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	private CoordinationCategory category;

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
	@Size(max = 120)
	private String applicantName;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 120)
	private String applicantRole;

	@NotBlank
	@Size(max = 2000)
	private String motivation;

	OrganisationDraft draft(OrganisationKind kind) {
		return new OrganisationDraft(kind, kind == OrganisationKind.COORDINATION_BODY ? this.category : null, this.name,
				this.siret, this.otherIdentifier, new Scope(this.national, this.regions), this.website);
	}

	Applicant applicant() {
		return new Applicant(this.applicantName, this.email, this.applicantRole, this.motivation);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public CoordinationCategory getCategory() {
		return this.category;
	}

	public void setCategory(CoordinationCategory category) {
		this.category = category;
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

	public String getApplicantName() {
		return this.applicantName;
	}

	public void setApplicantName(String applicantName) {
		this.applicantName = applicantName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getApplicantRole() {
		return this.applicantRole;
	}

	public void setApplicantRole(String applicantRole) {
		this.applicantRole = applicantRole;
	}

	public String getMotivation() {
		return this.motivation;
	}

	public void setMotivation(String motivation) {
		this.motivation = motivation;
	}

}
