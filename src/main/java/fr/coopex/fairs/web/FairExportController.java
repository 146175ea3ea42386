package fr.coopex.fairs.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairView;
import fr.coopex.fairs.web.CalendarFilters.Filters;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.web.Versioned;

/**
 * The iCalendar exports of the calendar: one fair, or the calendar's filtered list.
 */
@Controller
class FairExportController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final FairCalendar calendar;

	private final CalendarFilters filters;

	private final Markets markets;

	private final NafCatalogue naf;

	private final MessageSource messages;

	private final String baseUrl;

	private final String uidDomain;

	FairExportController(FairCalendar calendar, CalendarFilters filters, Markets markets, NafCatalogue naf,
			MessageSource messages, CoopexProperties properties) {
		this.calendar = calendar;
		this.filters = filters;
		this.markets = markets;
		this.naf = naf;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		String host = URI.create(this.baseUrl).getHost();
		this.uidDomain = host == null ? "coopex" : host;
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

	/**
	 * The calendar's filtered list as one iCalendar file: the same filters as the page.
	 */
	@GetMapping("/fairs.ics")
	ResponseEntity<String> exportList(@RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String country, @RequestParam(required = false) String sector,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Filters filters = this.filters.of(q, from, to, country, sector);
		// without a start date the list starts today: the day is part of the version
		if (Versioned.download(request, response, this.calendar.version(), filters, this.baseUrl)) {
			return null;
		}
		String name = this.messages.getMessage("fairs.ics.calendar-name", null, "Coopex", locale);
		return calendarFile("salons-coopex.ics", name, this.calendar.export(filters.query()), locale);
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
				Stream.of(fair.venue(), fair.city(), country)
					.filter((part) -> part != null && !part.isBlank())
					.toList());
		StringBuilder description = new StringBuilder(
				this.messages.getMessage("fairs.ics.organiser", new Object[] { fair.organiser() }, locale));
		if (!fair.sectors().isEmpty()) {
			String sectors = String.join(", ",
					fair.sectors().stream().map((s) -> s + " " + this.naf.label(s)).toList());
			description.append('\n')
				.append(this.messages.getMessage("fairs.ics.sectors", new Object[] { sectors }, locale));
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

}
