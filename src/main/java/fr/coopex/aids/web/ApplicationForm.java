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
record ApplicationForm(@NotNull ApplicationStatus status,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountRequested,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountGranted,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 5) LocalDate plannedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 5) LocalDate submittedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 5) LocalDate decidedOn,
		@Size(max = 4000) String notes, @Size(max = 100) Set<String> documentsDone, long version) {

	ApplicationForm {
		documentsDone = (documentsDone == null) ? new LinkedHashSet<>() : documentsDone;
	}

	static ApplicationForm of(ApplicationView view) {
		return new ApplicationForm(view.status(), view.amountRequested(), view.amountGranted(), view.plannedOn(),
				view.submittedOn(), view.decidedOn(), view.notes(), new LinkedHashSet<>(view.documentsDone()),
				view.version());
	}

	ApplicationUpdate toUpdate() {
		return new ApplicationUpdate(this.status, this.amountRequested, this.amountGranted, this.plannedOn,
				this.submittedOn, this.decidedOn, this.notes, this.documentsDone, this.version);
	}

}
