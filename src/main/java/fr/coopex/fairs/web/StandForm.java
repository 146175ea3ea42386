package fr.coopex.fairs.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.fairs.StandManagement.StandDraft;
import fr.coopex.fairs.StandPage;

import fr.coopex.shared.validation.DateWindow;

/**
 * Opening or editing a shared stand. Areas are checked by the service (more than zero,
 * two decimals at most), which names the field at fault.
 */
public class StandForm {

	private Long fairId;

	private Long ecosystemId;

	@NotNull
	private BigDecimal totalArea;

	@NotNull
	private BigDecimal minShare;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 10)
	private LocalDate bookingDeadline;

	@Size(max = 2000)
	private String description;

	/** The version loaded, when editing. */
	private Long version;

	static StandForm of(StandPage page) {
		StandForm form = new StandForm();
		form.fairId = page.stand().fairId();
		form.ecosystemId = page.stand().ecosystemId();
		form.totalArea = page.stand().totalArea();
		form.minShare = page.stand().minShare();
		form.bookingDeadline = page.stand().bookingDeadline();
		form.description = page.description();
		form.version = page.version();
		return form;
	}

	StandDraft toDraft() {
		return new StandDraft(this.totalArea, this.minShare, this.bookingDeadline, this.description);
	}

	public Long getFairId() {
		return this.fairId;
	}

	public void setFairId(Long fairId) {
		this.fairId = fairId;
	}

	public Long getEcosystemId() {
		return this.ecosystemId;
	}

	public void setEcosystemId(Long ecosystemId) {
		this.ecosystemId = ecosystemId;
	}

	public BigDecimal getTotalArea() {
		return this.totalArea;
	}

	public void setTotalArea(BigDecimal totalArea) {
		this.totalArea = totalArea;
	}

	public BigDecimal getMinShare() {
		return this.minShare;
	}

	public void setMinShare(BigDecimal minShare) {
		this.minShare = minShare;
	}

	public LocalDate getBookingDeadline() {
		return this.bookingDeadline;
	}

	public void setBookingDeadline(LocalDate bookingDeadline) {
		this.bookingDeadline = bookingDeadline;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
