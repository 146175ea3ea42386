package fr.coopex.fairs.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairStands;
import fr.coopex.fairs.FairView;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.web.CalendarFilters.Filters;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.PageReads;
import fr.coopex.shared.web.Paging;
import fr.coopex.shared.web.Versioned;

/**
 * The calendar of trade fairs, filtered, and each fair's page with its stands.
 */
@Controller
class FairPageController {

	private static final String VIEW_LIST = "fairs/list";

	private static final String VIEW_DETAIL = "fairs/detail";

	private final FairCalendar calendar;

	private final StandManagement stands;

	private final CalendarFilters filters;

	private final Choices choices;

	private final PageReads pages;

	FairPageController(FairCalendar calendar, StandManagement stands, CalendarFilters filters, Choices choices,
			PageReads pages) {
		this.calendar = calendar;
		this.stands = stands;
		this.filters = filters;
		this.choices = choices;
		this.pages = pages;
	}

	@GetMapping("/fairs")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String country,
			@RequestParam(required = false) String sector, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal CoopexUser user,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Filters filters = this.filters.of(q, from, to, country, sector);
		if (Versioned.page(request, response, model, this.calendar.version(), this.calendar.today(),
				this.calendar.mayEdit(user))) {
			return null;
		}
		model.addAttribute("results", this.calendar.search(filters.query(), Paging.index(page)));
		model.addAttribute("baseUrl", "/fairs" + filters.queryString());
		model.addAttribute("icsUrl", "/fairs.ics" + filters.queryString());
		if (htmx != null) {
			return VIEW_LIST + " :: results";
		}
		model.addAttribute("filters", filters);
		model.addAttribute("countryChoices", this.choices.countries(locale));
		model.addAttribute("sectorChoices", this.choices.sectors(locale));
		model.addAttribute("mayEdit", this.calendar.mayEdit(user));
		return VIEW_LIST;
	}

	@GetMapping("/fairs/{id:[0-9]+}")
	String detail(@PathVariable long id, @AuthenticationPrincipal CoopexUser user, Model model) {
		// one read-only transaction for the fair, its editions and its stands (PageReads)
		return this.pages.read(() -> {
			FairView fair = this.calendar.find(id);
			model.addAttribute("fair", fair);
			model.addAttribute("editions", this.calendar.editions(fair.series()));
			FairStands stands = this.stands.atFair(user, fair);
			model.addAttribute("stands", stands.stands());
			model.addAttribute("mayEdit", this.calendar.mayEdit(user));
			model.addAttribute("mayOpenStand",
					stands.coordinatesAny() && !fair.endsOn().isBefore(this.calendar.today()));
			return VIEW_DETAIL;
		});
	}

}
