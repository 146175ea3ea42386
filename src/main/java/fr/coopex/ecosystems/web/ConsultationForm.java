package fr.coopex.ecosystems.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.ecosystems.EcosystemGovernance.ConsultationDraft;
import fr.coopex.ecosystems.Majority;
import fr.coopex.shared.validation.DateWindow;

/**
 * Opening a consultation: the options one per line; the deadline in Europe/Paris; a
 * charter text submits that charter (the first option approves it).
 */
record ConsultationForm(@NotBlank @Size(max = 500) String question, @NotBlank @Size(max = 3500) String options,
		@NotNull @Min(0) @Max(100) Integer quorumPercent, @NotNull Majority majority,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 1,
				yearsAfter = 2) LocalDate deadlineDay,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime deadlineTime, Boolean secret,
		@Size(max = 20000) String charterText) {

	static ConsultationForm empty() {
		return new ConsultationForm(null, null, 50, Majority.SIMPLE, null, LocalTime.of(18, 0), false, null);
	}

	ConsultationDraft toDraft() {
		return new ConsultationDraft(this.question, Arrays.asList(this.options.split("\\R")), this.quorumPercent,
				this.majority, this.deadlineDay, this.deadlineTime, Boolean.TRUE.equals(this.secret), this.charterText);
	}

}
