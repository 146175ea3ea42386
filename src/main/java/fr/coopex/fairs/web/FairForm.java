package fr.coopex.fairs.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.fairs.FairView;
import fr.coopex.shared.validation.DateWindow;

/**
 * Adding or editing a fair of the calendar. The fields keep the names the form has always
 * sent.
 *
 * @param datesTentative whether the organiser has not confirmed the dates (or the place)
 * yet (null when the box is not sent)
 * @param version the version loaded, when editing
 * @param previousEdition the fair this one is the next edition of, when adding an edition
 */
record FairForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String organiser,
		@NotBlank @Size(max = 100) String city, @NotBlank String country, @Size(max = 200) String venue,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 10) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 10,
				yearsAfter = 10) LocalDate endsOn,
		@Size(max = 40) Set<String> sectors, @Size(max = 500) String website, @Size(max = 2000) String description,
		Boolean datesTentative, Long version, Long previousEdition) {

	/** An empty form, for a new fair. */
	static FairForm empty() {
		return new FairForm(null, null, null, null, null, null, null, new LinkedHashSet<>(), null, null, false, null,
				null);
	}

	static FairForm of(FairView fair) {
		return new FairForm(fair.name(), fair.organiser(), fair.city(), fair.country(), fair.venue(), fair.startsOn(),
				fair.endsOn(), new LinkedHashSet<>(fair.sectors()), fair.website(), fair.description(),
				fair.datesTentative(), fair.version(), null);
	}

	/**
	 * The next edition of a fair: the same fair a year later, to adjust; a year later is
	 * a guess until the organiser announces the dates.
	 */
	static FairForm nextEdition(FairView fair) {
		return new FairForm(fair.name(), fair.organiser(), fair.city(), fair.country(), fair.venue(),
				fair.startsOn().plusYears(1), fair.endsOn().plusYears(1), new LinkedHashSet<>(fair.sectors()),
				fair.website(), fair.description(), true, null, fair.id());
	}

	FairDraft toDraft() {
		return new FairDraft(this.name, this.organiser, this.city, this.country, this.venue, this.startsOn, this.endsOn,
				(this.sectors == null) ? Set.of() : this.sectors, this.website, this.description,
				Boolean.TRUE.equals(this.datesTentative));
	}

}
