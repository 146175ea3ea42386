package fr.coopex.fairs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * The calendar of trade fairs: anyone reads and filters it; coordinators and agency
 * officers add and edit fairs.
 */
@Service
public class FairCalendar {

	public static final int PAGE_SIZE = 25;

	/** The most events one iCalendar export holds. */
	public static final int EXPORT_LIMIT = 1000;

	private final Fairs fairs;

	private final FairQueries queries;

	private final FairEditing editing;

	private final CalendarVersion version;

	private final Clock clock;

	FairCalendar(Fairs fairs, FairQueries queries, FairEditing editing, CalendarVersion version, Clock clock) {
		this.fairs = fairs;
		this.queries = queries;
		this.editing = editing;
		this.version = version;
		this.clock = clock;
	}

	/**
	 * The calendar's version: the last time a fair was added or edited, for the pages and
	 * downloads that answer 304 while it holds (cached: {@link CalendarVersion}).
	 */
	public String version() {
		return this.version.version();
	}

	/** What an editor writes about a fair. */
	public record FairDraft(String name, String organiser, String city, String country, String venue,
			LocalDate startsOn, LocalDate endsOn, Set<String> sectors, String website, String description,
			boolean datesTentative) {

		/** A fair whose dates are the organiser's own. */
		public FairDraft(String name, String organiser, String city, String country, String venue, LocalDate startsOn,
				LocalDate endsOn, Set<String> sectors, String website, String description) {
			this(name, organiser, city, country, venue, startsOn, endsOn, sectors, website, description, false);
		}

	}

	/**
	 * A filter of the calendar: fairs that are on at some time between {@code from} and
	 * {@code to} (either may be null), in a country, about a sector.
	 *
	 * @param sector a NAF section (e.g. {@code C}) or division (e.g. {@code 28}): a fair
	 * about the section matches each of its divisions, and the other way round
	 */
	public record Query(String text, LocalDate from, LocalDate to, String country, String sector) {
	}

	/** Today, in Paris. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
	}

	/**
	 * A page of the fairs of a filter, in date order; the total is counted a few pages
	 * ahead at most ({@link CalendarPage#isMore()}).
	 */
	@Transactional(readOnly = true)
	public CalendarPage search(Query query, int pageIndex) {
		return this.queries.search(query, pageIndex);
	}

	/** The fairs of a filter, for an export: at most {@value #EXPORT_LIMIT}. */
	@Transactional(readOnly = true)
	public List<FairView> export(Query query) {
		return this.queries.export(query, EXPORT_LIMIT);
	}

	@Transactional(readOnly = true)
	public FairView find(long fairId) {
		return this.queries.byIds(List.of(fairId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("fair"));
	}

	/** The fairs of these ids, in no particular order (unknown ids are left out). */
	@Transactional(readOnly = true)
	public List<FairView> findAll(Collection<Long> fairIds) {
		return this.queries.byIds(fairIds);
	}

	/** The fairs of a series (editions of a recurring fair), the latest first. */
	@Transactional(readOnly = true)
	public List<FairView> editions(long series) {
		return this.queries.editions(series);
	}

	/** Whether this person may add and edit fairs: coordinators and agency officers. */
	public boolean mayEdit(CoopexUser user) {
		return FairEditing.mayEdit(user);
	}

	/**
	 * Adds a fair; {@code previousEdition} (or null) makes it the next edition of a
	 * recurring fair.
	 */
	@Transactional
	public long create(CoopexUser editor, FairDraft draft, Long previousEdition) {
		return this.editing.create(editor, draft, previousEdition);
	}

	/**
	 * Edits a fair.
	 * @param version the version the editor loaded: an edit saved meanwhile by someone
	 * else is not overwritten ({@code fairs.form.changed-meanwhile})
	 */
	@Transactional
	public void update(CoopexUser editor, long fairId, long version, FairDraft draft) {
		this.editing.update(editor, fairId, version, draft);
	}

	/**
	 * The fair of an id, for the stands of the module (no visibility rule: the calendar
	 * is public).
	 */
	Fair fair(long fairId) {
		return this.fairs.findById(fairId).orElseThrow(() -> new NotFoundException("fair"));
	}

}
