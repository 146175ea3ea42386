package fr.coopex.fairs.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairCalendar.Query;
import fr.coopex.fairs.FairException;
import fr.coopex.fairs.FairView;
import fr.coopex.fairs.StandManagement;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Paging;
import fr.coopex.shared.web.Text;
import fr.coopex.shared.web.Versioned;

/**
 * The calendar of trade fairs, each fair's page, their iCalendar exports, and the forms
 * with which coordinators and agencies add and edit fairs.
 */
@Controller
class FairController {

	private static final String VIEW_LIST = "fairs/list";

	private static final String VIEW_DETAIL = "fairs/detail";

	private static final String VIEW_FORM = "fairs/form";

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final FairCalendar calendar;

	private final StandManagement stands;

	private final Choices choices;

	private final Markets markets;

	private final NafCatalogue naf;

	private final MessageSource messages;

	private final String baseUrl;

	private final String uidDomain;

	FairController(FairCalendar calendar, StandManagement stands, Choices choices, Markets markets, NafCatalogue naf,
			MessageSource messages, CoopexProperties properties) {
		this.calendar = calendar;
		this.stands = stands;
		this.choices = choices;
		this.markets = markets;
		this.naf = naf;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		String host = URI.create(this.baseUrl).getHost();
		this.uidDomain = host == null ? "coopex" : host;
	}

	/** The filters of the calendar as the URL gives them, checked. */
	record Filters(String q, String from, String to, String country, String sector) {

		/** Query parameters that keep the state, for links (pagination, export). */
		String queryString() {
			StringBuilder query = new StringBuilder();
			append(query, "q", this.q);
			append(query, "from", this.from);
			append(query, "to", this.to);
			append(query, "country", this.country);
			append(query, "sector", this.sector);
			return query.toString();
		}

		private static void append(StringBuilder query, String name, String value) {
			query.append(query.length() == 0 ? "?" : "&")
				.append(name)
				.append('=')
				.append(value == null ? "" : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
		}

	}

	@GetMapping("/fairs")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String country,
			@RequestParam(required = false) String sector, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal CoopexUser user,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Filters filters = filters(q, from, to, country, sector);
		if (Versioned.page(request, response, model, this.calendar.version(), this.calendar.today(),
				this.calendar.mayEdit(user))) {
			return null;
		}
		model.addAttribute("results", this.calendar.search(query(filters), Paging.index(page)));
		model.addAttribute("baseUrl", "/fairs" + filters.queryString());
		model.addAttribute("icsUrl", "/fairs.ics" + filters.queryString());
		if (htmx != null) {
			return VIEW_LIST + " :: results";
		}
		model.addAttribute("filters", filters);
		model.addAttribute("countryChoices", this.choices.countries(locale));
		model.addAttribute("sectorChoices", this.choices.sectors());
		model.addAttribute("mayEdit", this.calendar.mayEdit(user));
		return VIEW_LIST;
	}

	@GetMapping("/fairs/{id:[0-9]+}")
	String detail(@PathVariable long id, @AuthenticationPrincipal CoopexUser user, Model model) {
		FairView fair = this.calendar.find(id);
		model.addAttribute("fair", fair);
		model.addAttribute("editions", this.calendar.editions(fair.series()));
		model.addAttribute("stands", this.stands.atFair(user, id));
		model.addAttribute("mayEdit", this.calendar.mayEdit(user));
		model.addAttribute("mayOpenStand", user != null && !fair.endsOn().isBefore(this.calendar.today())
				&& !this.stands.ecosystemsToOpenIn(user).isEmpty());
		return VIEW_DETAIL;
	}

	@GetMapping("/fairs/{id:[0-9]+}.ics")
	ResponseEntity<String> exportOne(@PathVariable long id, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (Versioned.download(request, response, this.calendar.version(), this.baseUrl)) {
			return null;
		}
		FairView fair = this.calendar.find(id);
		return calendarFile("fair-" + id + ".ics", fair.name(), List.of(fair), locale);
	}

	@GetMapping("/fairs/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Long edition,
			Model model, Locale locale) {
		requireEditor(user);
		model.addAttribute("fairForm",
				edition == null ? new FairForm() : FairForm.nextEdition(this.calendar.find(edition)));
		return prepareForm(model, locale, null);
	}

	@PostMapping("/fairs/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid FairForm fairForm, BindingResult result,
			Model model, Locale locale, RedirectAttributes flash) {
		requireEditor(user);
		if (!result.hasErrors()) {
			try {
				long id = this.calendar.create(user, fairForm.toDraft(), fairForm.getPreviousEdition());
				flash.addFlashAttribute("message", "fairs.created");
				return "redirect:/fairs/" + id;
			}
			catch (FairException ex) {
				ex.rejectOn(result);
			}
		}
		return prepareForm(model, locale, null);
	}

	@GetMapping("/fairs/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model, Locale locale) {
		FairView fair = this.calendar.find(id);
		requireEditor(user);
		model.addAttribute("fairForm", FairForm.of(fair));
		return prepareForm(model, locale, id);
	}

	@PostMapping("/fairs/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid FairForm fairForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.calendar.find(id);
		requireEditor(user);
		if (fairForm.getVersion() == null) {
			result.reject("fairs.form.changed-meanwhile");
		}
		if (!result.hasErrors()) {
			try {
				this.calendar.update(user, id, fairForm.getVersion(), fairForm.toDraft());
				flash.addFlashAttribute("message", "fairs.updated");
				return "redirect:/fairs/" + id;
			}
			catch (FairException ex) {
				ex.rejectOn(result);
			}
		}
		return prepareForm(model, locale, id);
	}

	/**
	 * The calendar's filtered list as one iCalendar file: the same filters as the page.
	 */
	@GetMapping("/fairs.ics")
	ResponseEntity<String> exportList(@RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String country, @RequestParam(required = false) String sector,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Filters filters = filters(q, from, to, country, sector);
		// without a start date the list starts today: the day is part of the version
		if (Versioned.download(request, response, this.calendar.version(), filters, this.baseUrl)) {
			return null;
		}
		String name = this.messages.getMessage("fairs.ics.calendar-name", null, "Coopex", locale);
		return calendarFile("salons-coopex.ics", name, this.calendar.export(query(filters)), locale);
	}

	private ResponseEntity<String> calendarFile(String fileName, String calendarName, List<FairView> fairs,
			Locale locale) {
		List<ICalendar.Event> events = fairs.stream().map((fair) -> event(fair, locale)).toList();
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(ICalendar.write(calendarName, events));
	}

	private ICalendar.Event event(FairView fair, Locale locale) {
		String country = this.markets.name(fair.country(), locale);
		String location = String.join(", ",
				java.util.stream.Stream.of(fair.venue(), fair.city(), country)
					.filter((part) -> part != null && !part.isBlank())
					.toList());
		StringBuilder description = new StringBuilder(
				this.messages.getMessage("fairs.ics.organiser", new Object[] { fair.organiser() }, locale));
		if (!fair.sectors().isEmpty()) {
			description.append('\n')
				.append(this.messages
					.getMessage("fairs.ics.sectors",
							new Object[] { String.join(", ",
									fair.sectors().stream().map((s) -> s + " " + this.naf.label(s)).toList()) },
							locale));
		}
		if (fair.website() != null) {
			description.append('\n').append(fair.website());
		}
		if (fair.description() != null) {
			description.append("\n\n").append(fair.description());
		}
		String summary = fair.name();
		if (fair.datesTentative()) {
			String toConfirm = this.messages.getMessage("fairs.dates-tentative", null, locale);
			summary = summary + " (" + toConfirm + ")";
			description.insert(0, toConfirm + "\n");
		}
		return new ICalendar.Event("fair-" + fair.id() + "@" + this.uidDomain, fair.updatedAt(), fair.version(),
				fair.startsOn(), fair.endsOn(), summary, location, description.toString(),
				this.baseUrl + "/fairs/" + fair.id(), fair.datesTentative());
	}

	private Filters filters(String q, String from, String to, String country, String sector) {
		// without a start date, the calendar shows what is still to come
		String fromDate = from == null ? this.calendar.today().toString() : date(from);
		return new Filters(Text.cut(Text.clean(q), 100), fromDate, date(to), this.choices.country(country),
				this.choices.sector(sector));
	}

	private static Query query(Filters filters) {
		return new Query(filters.q(), parse(filters.from()), parse(filters.to()), filters.country(), filters.sector());
	}

	/** An ISO date as typed, or null when it is not one. */
	private static String date(String text) {
		LocalDate date = parse(text);
		return date == null ? null : date.toString();
	}

	private static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return date.getYear() < 1900 || date.getYear() > 2200 ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private void requireEditor(CoopexUser user) {
		if (!this.calendar.mayEdit(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Not an editor of the calendar");
		}
	}

	private String prepareForm(Model model, Locale locale, Long id) {
		model.addAttribute("fairId", id);
		model.addAttribute("countryChoices", this.choices.countries(locale));
		model.addAttribute("sectorChoices", this.choices.sectors());
		return VIEW_FORM;
	}

}
