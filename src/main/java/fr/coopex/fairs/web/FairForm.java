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
 * Adding or editing a fair of the calendar.
 */
public class FairForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 200)
	private String organiser;

	@NotBlank
	@Size(max = 100)
	private String city;

	@NotBlank
	private String country;

	@Size(max = 200)
	private String venue;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 10)
	private LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 10, yearsAfter = 10)
	private LocalDate endsOn;

	@Size(max = 40)
	private Set<String> sectors = new LinkedHashSet<>();

	@Size(max = 500)
	private String website;

	@Size(max = 2000)
	private String description;

	/** Whether the organiser has not confirmed the dates (or the place) yet. */
	private boolean datesTentative;

	/** The version loaded, when editing. */
	private Long version;

	/** The fair this one is the next edition of, when adding an edition. */
	private Long previousEdition;

	static FairForm of(FairView fair) {
		FairForm form = new FairForm();
		form.name = fair.name();
		form.organiser = fair.organiser();
		form.city = fair.city();
		form.country = fair.country();
		form.venue = fair.venue();
		form.startsOn = fair.startsOn();
		form.endsOn = fair.endsOn();
		form.sectors = new LinkedHashSet<>(fair.sectors());
		form.website = fair.website();
		form.description = fair.description();
		form.datesTentative = fair.datesTentative();
		form.version = fair.version();
		return form;
	}

	/** The next edition of a fair: the same fair a year later, to adjust. */
	static FairForm nextEdition(FairView fair) {
		FairForm form = of(fair);
		form.startsOn = fair.startsOn().plusYears(1);
		form.endsOn = fair.endsOn().plusYears(1);
		form.version = null;
		form.previousEdition = fair.id();
		// a year later is a guess until the organiser announces the dates
		form.datesTentative = true;
		return form;
	}

	FairDraft toDraft() {
		return new FairDraft(this.name, this.organiser, this.city, this.country, this.venue, this.startsOn, this.endsOn,
				this.sectors, this.website, this.description, this.datesTentative);
	}

	public boolean isDatesTentative() {
		return this.datesTentative;
	}

	public void setDatesTentative(boolean datesTentative) {
		this.datesTentative = datesTentative;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganiser() {
		return this.organiser;
	}

	public void setOrganiser(String organiser) {
		this.organiser = organiser;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
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

	public Set<String> getSectors() {
		return this.sectors;
	}

	public void setSectors(Set<String> sectors) {
		this.sectors = sectors;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
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

	public Long getPreviousEdition() {
		return this.previousEdition;
	}

	public void setPreviousEdition(Long previousEdition) {
		this.previousEdition = previousEdition;
	}

}
