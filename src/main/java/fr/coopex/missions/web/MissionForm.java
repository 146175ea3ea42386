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
record MissionForm(@NotNull Long ecosystemId, @NotBlank @Size(max = 200) String title, @NotNull MissionKind kind,
		@NotBlank String market,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 10) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 10) LocalDate endsOn,
		@NotNull BigDecimal budget, @Size(max = 4000) String description) {

	/** A new mission, in this ecosystem when one is given. */
	static MissionForm in(Long ecosystemId) {
		return new MissionForm(ecosystemId, null, null, null, null, null, null, null);
	}

	MissionDraft toDraft() {
		return new MissionDraft(this.title, this.kind, this.market, this.startsOn, this.endsOn, this.budget,
				this.description);
	}

}
