package fr.coopex.missions.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement.MissionDraft;

import fr.coopex.shared.validation.DateWindow;

/**
 * Proposing a mission. Market, dates and budget are checked by the service, which names
 * the field at fault.
 */
public class MissionForm {

	@NotNull
	private Long ecosystemId;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private MissionKind kind;

	@NotBlank
	private String market;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 10)
	private LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 10)
	private LocalDate endsOn;

	@NotNull
	private BigDecimal budget;

	@Size(max = 4000)
	private String description;

	MissionDraft toDraft() {
		return new MissionDraft(this.title, this.kind, this.market, this.startsOn, this.endsOn, this.budget,
				this.description);
	}

	public Long getEcosystemId() {
		return this.ecosystemId;
	}

	public void setEcosystemId(Long ecosystemId) {
		this.ecosystemId = ecosystemId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MissionKind getKind() {
		return this.kind;
	}

	public void setKind(MissionKind kind) {
		this.kind = kind;
	}

	public String getMarket() {
		return this.market;
	}

	public void setMarket(String market) {
		this.market = market;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public void setBudget(BigDecimal budget) {
		this.budget = budget;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
