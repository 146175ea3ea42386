package fr.coopex.observatory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.observatory.Observatory;
import fr.coopex.observatory.ObservatoryReport;
import fr.coopex.observatory.SizeGroup;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/**
 * The observatory: an agency's territory ({@code /observatory}, filtered by size class),
 * the national summary for everyone ({@code /observatory/summary}), and each table as
 * CSV.
 */
@Controller
@RequestMapping("/observatory")
class ObservatoryController {

	private static final String VIEW_TERRITORY = "observatory/territory";

	private static final String VIEW_SUMMARY = "observatory/summary";

	private final Observatory observatory;

	private final ObservatoryCsv csv;

	private final ObservatoryPages pages;

	ObservatoryController(Observatory observatory, ObservatoryCsv csv, ObservatoryPages pages) {
		this.observatory = observatory;
		this.csv = csv;
		this.pages = pages;
	}

	@GetMapping
	String territory(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) String size,
			Locale locale, Model model) {
		SizeGroup group = size(size);
		Observatory.Territory territory = this.observatory.territory(user, group);
		model.addAttribute("report", territory.report());
		model.addAttribute("page",
				territory.views()
					.get(List.of(String.valueOf(group), locale), ObservatoryPage.class,
							() -> this.pages.page(territory.report(), territory.trend(), locale)));
		model.addAttribute("regions", territory.regions());
		model.addAttribute("sizes", Choice.messages(SizeGroup.values(), "observatory.size."));
		model.addAttribute("size", group);
		return VIEW_TERRITORY;
	}

	@GetMapping("/{table:[a-z-]+}.csv")
	ResponseEntity<byte[]> territoryCsv(@AuthenticationPrincipal CoopexUser user, @PathVariable String table,
			@RequestParam(required = false) String size, Locale locale) {
		Observatory.Territory territory = this.observatory.territory(user, size(size));
		return this.csv.file(territory.report(), territory.trend(), table, locale);
	}

	@GetMapping("/summary")
	String summary(Locale locale, Model model) {
		ObservatoryReport report = this.observatory.nationalSummary();
		model.addAttribute("report", report);
		model.addAttribute("page", this.pages.page(report, this.observatory.nationalTrend(), locale));
		return VIEW_SUMMARY;
	}

	@GetMapping("/summary/{table:[a-z-]+}.csv")
	ResponseEntity<byte[]> summaryCsv(@PathVariable String table, Locale locale) {
		return this.csv.file(this.observatory.nationalSummary(), this.observatory.nationalTrend(), table, locale);
	}

	/** A size class from the address; anything else means every company. */
	private static SizeGroup size(String value) {
		return Arrays.stream(SizeGroup.values()).filter((g) -> g.name().equals(value)).findFirst().orElse(null);
	}

}
