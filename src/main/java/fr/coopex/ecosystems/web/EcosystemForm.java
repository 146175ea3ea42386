package fr.coopex.ecosystems.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.EcosystemStatus;

/**
 * Creating or editing an ecosystem.
 */
public class EcosystemForm {

	@NotBlank
	@Size(max = 150)
	private String name;

	@NotBlank
	@Size(max = 2000)
	private String purpose;

	@Size(max = 100)
	private Set<String> markets = new LinkedHashSet<>();

	@Size(max = 100)
	private Set<String> sectors = new LinkedHashSet<>();

	private boolean openToMembers = true;

	@Size(max = 20000)
	private String charter;

	private EcosystemStatus status;

	static EcosystemForm of(EcosystemDetail detail) {
		EcosystemForm form = new EcosystemForm();
		form.name = detail.summary().name();
		form.purpose = detail.summary().purpose();
		form.markets = new LinkedHashSet<>(detail.summary().markets());
		form.sectors = new LinkedHashSet<>(detail.summary().sectors());
		form.openToMembers = detail.summary().openToMembers();
		form.charter = detail.charter();
		form.status = detail.summary().status();
		return form;
	}

	EcosystemDraft toDraft() {
		return new EcosystemDraft(this.name, this.purpose, this.markets, this.sectors, this.openToMembers,
				this.charter);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Set<String> getMarkets() {
		return this.markets;
	}

	public void setMarkets(Set<String> markets) {
		this.markets = markets;
	}

	public Set<String> getSectors() {
		return this.sectors;
	}

	public void setSectors(Set<String> sectors) {
		this.sectors = sectors;
	}

	public boolean isOpenToMembers() {
		return this.openToMembers;
	}

	public void setOpenToMembers(boolean openToMembers) {
		this.openToMembers = openToMembers;
	}

	public String getCharter() {
		return this.charter;
	}

	public void setCharter(String charter) {
		this.charter = charter;
	}

	public EcosystemStatus getStatus() {
		return this.status;
	}

	public void setStatus(EcosystemStatus status) {
		this.status = status;
	}

}
