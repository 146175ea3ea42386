package fr.coopex.fairs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

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

	private final FairChecks checks;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FairCalendar(Fairs fairs, FairQueries queries, FairChecks checks, NamedParameterJdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.fairs = fairs;
		this.queries = queries;
		this.checks = checks;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The calendar's version: the last time a fair was added or edited (fairs are never
	 * deleted), for the pages and downloads that answer 304 while it holds. Cached
	 * ({@value CacheConfiguration#FAIR_CALENDAR_VERSION}) and evicted when a fair is
	 * saved here; another instance's edit shows within {@link CacheConfiguration#SHORT}.
	 */
	@Cacheable(cacheNames = CacheConfiguration.FAIR_CALENDAR_VERSION, key = "'calendar'", sync = true)
	public String version() {
		return this.jdbc.getJdbcTemplate()
			.queryForObject("select max(updated_at), max(id) from fair",
					(rs, row) -> rs.getTimestamp(1) + "/" + rs.getLong(2));
	}

	@TransactionalEventListener(fallbackExecution = true)
	@CacheEvict(cacheNames = CacheConfiguration.FAIR_CALENDAR_VERSION, allEntries = true)
	public void on(FairEvents.FairSaved saved) {
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

	// --- reading
	// --------------------------------------------------------------------------------

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
		List<FairView> found = this.queries.byIds(List.of(fairId));
		if (found.isEmpty()) {
			throw new NotFoundException("fair");
		}
		return found.get(0);
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
		return user != null && (user.role() == Role.COORDINATOR || user.role() == Role.AGENCY);
	}

	// --- writing
	// --------------------------------------------------------------------------------

	/**
	 * Adds a fair; {@code previousEdition} (or null) makes it the next edition of a
	 * recurring fair.
	 */
	@Transactional
	public long create(CoopexUser editor, FairDraft draft, Long previousEdition) {
		requireEditor(editor);
		Long series = previousEdition == null ? null
				: this.fairs.findById(previousEdition).orElseThrow(() -> new NotFoundException("fair")).getSeries();
		FairDraft checked = this.checks.check(draft);
		Instant now = this.clock.instant();
		Fair fair = new Fair(series, editor.id(), now);
		fair.describe(checked, now);
		long id = this.fairs.saveAndFlush(fair).getId();
		this.events.publishEvent(new FairEvents.FairSaved(id, editor.id()));
		return id;
	}

	/**
	 * Edits a fair.
	 * @param version the version the editor loaded: an edit saved meanwhile by someone
	 * else is not overwritten ({@code fairs.form.changed-meanwhile})
	 */
	@Transactional
	public void update(CoopexUser editor, long fairId, long version, FairDraft draft) {
		requireEditor(editor);
		Fair fair = this.fairs.findById(fairId).orElseThrow(() -> new NotFoundException("fair"));
		if (fair.getVersion() != version) {
			throw new FairException(null, "fairs.form.changed-meanwhile");
		}
		fair.describe(this.checks.check(draft), this.clock.instant());
		try {
			this.fairs.saveAndFlush(fair);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new FairException(null, "fairs.form.changed-meanwhile");
		}
		this.events.publishEvent(new FairEvents.FairSaved(fairId, editor.id()));
	}

	/**
	 * The fair of an id, for the stands of the module (no visibility rule: the calendar
	 * is public).
	 */
	Fair fair(long fairId) {
		return this.fairs.findById(fairId).orElseThrow(() -> new NotFoundException("fair"));
	}

	// --- internals
	// ------------------------------------------------------------------------------

	private void requireEditor(CoopexUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Only coordinators and agencies edit the fair calendar");
		}
	}

}
