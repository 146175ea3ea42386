package fr.coopex.ecosystems.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.ecosystems.EcosystemGovernance.MeetingDraft;
import fr.coopex.shared.validation.DateWindow;

/** Calling a meeting: the day and time are in Europe/Paris. */
record MeetingForm(@NotBlank @Size(max = 200) String title,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 1,
				yearsAfter = 3) LocalDate day,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime time, @NotNull @Min(15) @Max(720) Integer durationMinutes,
		@Size(max = 300) String place, @Size(max = 500) String videoLink, @NotBlank @Size(max = 5000) String agenda) {

	static MeetingForm empty() {
		return new MeetingForm(null, null, LocalTime.of(10, 0), 90, null, null, null);
	}

	MeetingDraft toDraft() {
		return new MeetingDraft(this.title, this.day, this.time, this.durationMinutes, this.place, this.videoLink,
				this.agenda);
	}

}
