package fr.coopex.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.shared.persistence.Timestamped;
import fr.coopex.shared.web.Text;

/**
 * One edition of a trade fair in the calendar.
 */
@Entity
@Table(name = "fair")
class Fair extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "series_id")
	private Long seriesId;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_search", nullable = false)
	private String nameSearch;

	@Column(nullable = false)
	private String organiser;

	@Column(nullable = false)
	private String city;

	@Column(nullable = false)
	private String country;

	private String venue;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	private String website;

	private String description;

	@Column(name = "dates_tentative")
	private boolean datesTentative;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@ElementCollection
	@CollectionTable(name = "fair_sector", joinColumns = @JoinColumn(name = "fair_id"))
	@Column(name = "code")
	@BatchSize(size = 64)
	private Set<String> sectors = new HashSet<>();

	protected Fair() {
	}

	Fair(Long seriesId, long createdBy, Instant now) {
		this.seriesId = seriesId;
		this.createdBy = createdBy;
		markCreated(now);
	}

	void describe(FairDraft draft, Instant now) {
		this.name = draft.name().strip();
		this.nameSearch = Text.cut(Text.fold(this.name), 200);
		this.organiser = draft.organiser().strip();
		this.city = draft.city().strip();
		this.country = draft.country();
		this.venue = Text.clean(draft.venue());
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.website = Text.clean(draft.website());
		this.description = Text.clean(draft.description());
		this.datesTentative = draft.datesTentative();
		this.sectors.clear();
		this.sectors.addAll(draft.sectors());
		markUpdated(now);
	}

	Long getId() {
		return this.id;
	}

	boolean isDatesTentative() {
		return this.datesTentative;
	}

	/** The series of editions this fair belongs to: the first edition's id. */
	long getSeries() {
		return this.seriesId != null ? this.seriesId : this.id;
	}

	String getName() {
		return this.name;
	}

	String getOrganiser() {
		return this.organiser;
	}

	String getCity() {
		return this.city;
	}

	String getCountry() {
		return this.country;
	}

	String getVenue() {
		return this.venue;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

	String getWebsite() {
		return this.website;
	}

	String getDescription() {
		return this.description;
	}

	Set<String> getSectors() {
		return new TreeSet<>(this.sectors);
	}

}
