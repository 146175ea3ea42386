package fr.coopex.missions.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.coopex.missions.LeadStage;
import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.missions.MissionPage.LeadLine;

/**
 * A lead or contact, private to the company unless shared with named participants.
 */
public class LeadForm {

	@NotBlank
	@Size(max = 200)
	private String companyName;

	@Size(max = 200)
	private String contact;

	private String country;

	@Size(max = 4000)
	private String notes;

	@NotNull
	private LeadStage stage = LeadStage.NEW;

	@Size(max = 200)
	private Set<Long> sharedWith = new LinkedHashSet<>();

	/** The version loaded, when editing. */
	private Long version;

	static LeadForm of(LeadLine lead, Set<Long> sharedWith) {
		LeadForm form = new LeadForm();
		form.companyName = lead.companyName();
		form.contact = lead.contact();
		form.country = lead.country();
		form.notes = lead.notes();
		form.stage = lead.stage();
		form.sharedWith = new LinkedHashSet<>(sharedWith);
		form.version = lead.version();
		return form;
	}

	LeadDraft toDraft() {
		return new LeadDraft(this.companyName, this.contact, this.country, this.notes, this.stage, this.sharedWith);
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public LeadStage getStage() {
		return this.stage;
	}

	public void setStage(LeadStage stage) {
		this.stage = stage;
	}

	public Set<Long> getSharedWith() {
		return this.sharedWith;
	}

	public void setSharedWith(Set<Long> sharedWith) {
		this.sharedWith = sharedWith;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
