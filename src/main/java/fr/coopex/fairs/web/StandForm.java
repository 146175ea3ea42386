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
 *
 * @param version the version loaded, when editing
 */
record StandForm(Long fairId, Long ecosystemId, @NotNull BigDecimal totalArea, @NotNull BigDecimal minShare,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 10) LocalDate bookingDeadline,
		@Size(max = 2000) String description, Long version) {

	/** An empty form, for a stand at this fair. */
	static StandForm at(long fairId) {
		return new StandForm(fairId, null, null, null, null, null, null);
	}

	static StandForm of(StandPage page) {
		return new StandForm(page.stand().fairId(), page.stand().ecosystemId(), page.stand().totalArea(),
				page.stand().minShare(), page.stand().bookingDeadline(), page.description(), page.version());
	}

	StandDraft toDraft() {
		return new StandDraft(this.totalArea, this.minShare, this.bookingDeadline, this.description);
	}

}
