package fr.coopex.fairs;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;
import fr.coopex.companies.NafLevel;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Text;

/**
 * The calendar of trade fairs: anyone reads and filters it; coordinators and agency
 * officers add and edit fairs.
 */
@Service
public class FairCalendar {

	public static final int PAGE_SIZE = 25;

	/** The most events one iCalendar export holds. */
	public static final int EXPORT_LIMIT = 1000;

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static final String COLUMNS = "f.id, coalesce(f.series_id, f.id) as series, f.name, f.organiser, f.city, "
			+ "f.country, f.venue, f.starts_on, f.ends_on, f.website, f.description, f.version, f.updated_at, "
			+ "f.dates_tentative";

	private final Fairs fairs;

	private final NamedParameterJdbcTemplate jdbc;

	private final Markets markets;

	private final NafCatalogue naf;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FairCalendar(Fairs fairs, NamedParameterJdbcTemplate jdbc, Markets markets, NafCatalogue naf, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.fairs = fairs;
		this.jdbc = jdbc;
		this.markets = markets;
		this.naf = naf;
		this.clock = clock;
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

	@Transactional(readOnly = true)
	public Page<FairView> search(Query query, int pageIndex) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(query, params);
		long total = this.jdbc.queryForObject("select count(*) from fair f" + where, params, Long.class);
		params.addValue("limit", PAGE_SIZE).addValue("offset", (long) pageIndex * PAGE_SIZE);
		List<FairView> content = total == 0 ? List.of()
				: select(where + " order by f.starts_on, f.name_search, f.id limit :limit offset :offset", params);
		return new PageImpl<>(content, PageRequest.of(pageIndex, PAGE_SIZE), total);
	}

	/** The fairs of a filter, for an export: at most {@value #EXPORT_LIMIT}. */
	@Transactional(readOnly = true)
	public List<FairView> export(Query query) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(query, params);
		params.addValue("limit", EXPORT_LIMIT);
		return select(where + " order by f.starts_on, f.name_search, f.id limit :limit", params);
	}

	@Transactional(readOnly = true)
	public FairView find(long fairId) {
		List<FairView> found = select(" where f.id = :id", new MapSqlParameterSource("id", fairId));
		if (found.isEmpty()) {
			throw new NotFoundException("fair");
		}
		return found.get(0);
	}

	/** The fairs of a series (editions of a recurring fair), the latest first. */
	@Transactional(readOnly = true)
	public List<FairView> editions(long series) {
		return select(" where coalesce(f.series_id, f.id) = :series order by f.starts_on desc",
				new MapSqlParameterSource("series", series));
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
		FairDraft checked = validate(draft);
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
		fair.describe(validate(draft), this.clock.instant());
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

	private FairDraft validate(FairDraft draft) {
		String country = draft.country() == null ? null : draft.country().strip().toUpperCase(Locale.ROOT);
		if (country == null || country.startsWith("Z-") || !this.markets.isValid(country)) {
			throw new FairException("country", "fairs.form.country-unknown");
		}
		if (draft.startsOn() == null) {
			throw new FairException("startsOn", "NotNull");
		}
		if (draft.endsOn() == null) {
			throw new FairException("endsOn", "NotNull");
		}
		if (draft.startsOn().isBefore(EARLIEST) || draft.startsOn().isAfter(LATEST)) {
			throw new FairException("startsOn", "fairs.form.date-out-of-range");
		}
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw new FairException("endsOn", "fairs.form.end-before-start");
		}
		if (draft.endsOn().isAfter(draft.startsOn().plusDays(60))) {
			throw new FairException("endsOn", "fairs.form.too-long");
		}
		Set<String> sectors = new TreeSet<>();
		for (String code : draft.sectors() == null ? Set.<String>of() : draft.sectors()) {
			NafEntry entry = this.naf.find(code)
				.filter((e) -> e.level() == NafLevel.SECTION || e.level() == NafLevel.DIVISION)
				.orElseThrow(() -> new FairException("sectors", "fairs.form.sector-unknown"));
			sectors.add(entry.code());
		}
		String website = Text.clean(draft.website());
		if (website != null && !isWebAddress(website)) {
			throw new FairException("website", "fairs.form.website-invalid");
		}
		return new FairDraft(draft.name(), draft.organiser(), draft.city(), country, draft.venue(), draft.startsOn(),
				draft.endsOn(), sectors, website, draft.description(), draft.datesTentative());
	}

	/** Only http and https links are shown: never javascript: or data: ones. */
	static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private String where(Query query, MapSqlParameterSource params) {
		StringBuilder sql = new StringBuilder(" where 1 = 1");
		if (query.text() != null && !query.text().isBlank()) {
			params.addValue("text", Text.containsPattern(query.text()));
			sql.append(" and f.name_search like :text escape '\\'");
		}
		if (query.from() != null) {
			params.addValue("from", Date.valueOf(query.from()));
			sql.append(" and f.ends_on >= :from");
		}
		if (query.to() != null) {
			params.addValue("to", Date.valueOf(query.to()));
			sql.append(" and f.starts_on <= :to");
		}
		if (query.country() != null) {
			params.addValue("country", query.country());
			sql.append(" and f.country = :country");
		}
		if (query.sector() != null) {
			params.addValue("sectors", sectorCodes(query.sector()));
			sql.append(" and exists (select 1 from fair_sector s where s.fair_id = f.id and s.code in (:sectors))");
		}
		return sql.toString();
	}

	/**
	 * A division matches fairs about it or its section; a section, about it or any of its
	 * divisions.
	 */
	private Set<String> sectorCodes(String sector) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(sector);
		this.naf.find(sector).ifPresent((entry) -> {
			if (entry.level() == NafLevel.DIVISION && entry.sectionCode() != null) {
				codes.add(entry.sectionCode());
			}
			if (entry.level() == NafLevel.SECTION) {
				this.naf.divisions()
					.stream()
					.filter((d) -> entry.code().equals(d.sectionCode()))
					.forEach((d) -> codes.add(d.code()));
			}
		});
		return codes;
	}

	private List<FairView> select(String tail, MapSqlParameterSource params) {
		List<Object[]> rows = this.jdbc.query("select " + COLUMNS + " from fair f" + tail, params,
				(rs, i) -> new Object[] { rs.getLong("id"), rs.getLong("series"), rs.getString("name"),
						rs.getString("organiser"), rs.getString("city"), rs.getString("country"), rs.getString("venue"),
						rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
						rs.getString("website"), rs.getString("description"), rs.getLong("version"),
						rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("dates_tentative") });
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> sectors = new HashMap<>();
		List<Long> ids = rows.stream().map((row) -> (Long) row[0]).toList();
		this.jdbc.query("select fair_id, code from fair_sector where fair_id in (:ids) order by code",
				new MapSqlParameterSource("ids", ids), (rs) -> {
					sectors.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
				});
		return rows.stream()
			.map((r) -> new FairView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
					(String) r[5], (String) r[6], (LocalDate) r[7], (LocalDate) r[8],
					List.copyOf(sectors.getOrDefault((Long) r[0], List.of())), (String) r[9], (String) r[10],
					(Long) r[11], (Instant) r[12], (Boolean) r[13]))
			.toList();
	}

}
