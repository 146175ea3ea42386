package fr.coopex.aids.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.aids.ApplicationStatus;
import fr.coopex.aids.ApplicationTracker.ApplicationUpdate;
import fr.coopex.aids.ApplicationTracker.ApplicationView;

import fr.coopex.shared.validation.DateWindow;

/**
 * Editing an application.
 */
public class ApplicationForm {

	@NotNull
	private ApplicationStatus status;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal amountRequested;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal amountGranted;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 5)
	private LocalDate plannedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 5)
	private LocalDate submittedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 5)
	private LocalDate decidedOn;

	@Size(max = 4000)
	private String notes;

	@Size(max = 100)
	private Set<String> documentsDone = new LinkedHashSet<>();

	private long version;

	static ApplicationForm of(ApplicationView view) {
		ApplicationForm form = new ApplicationForm();
		form.status = view.status();
		form.amountRequested = view.amountRequested();
		form.amountGranted = view.amountGranted();
		form.plannedOn = view.plannedOn();
		form.submittedOn = view.submittedOn();
		form.decidedOn = view.decidedOn();
		form.notes = view.notes();
		form.documentsDone = new LinkedHashSet<>(view.documentsDone());
		form.version = view.version();
		return form;
	}

	ApplicationUpdate toUpdate() {
		return new ApplicationUpdate(this.status, this.amountRequested, this.amountGranted, this.plannedOn,
				this.submittedOn, this.decidedOn, this.notes, this.documentsDone, this.version);
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public void setStatus(ApplicationStatus status) {
		this.status = status;
	}

	public BigDecimal getAmountRequested() {
		return this.amountRequested;
	}

	public void setAmountRequested(BigDecimal amountRequested) {
		this.amountRequested = amountRequested;
	}

	public BigDecimal getAmountGranted() {
		return this.amountGranted;
	}

	public void setAmountGranted(BigDecimal amountGranted) {
		this.amountGranted = amountGranted;
	}

	public LocalDate getPlannedOn() {
		return this.plannedOn;
	}

	public void setPlannedOn(LocalDate plannedOn) {
		this.plannedOn = plannedOn;
	}

	public LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public void setSubmittedOn(LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Set<String> getDocumentsDone() {
		return this.documentsDone;
	}

	public void setDocumentsDone(Set<String> documentsDone) {
		this.documentsDone = documentsDone;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
