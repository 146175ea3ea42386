package fr.coopex.labels.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.labels.ApplicationReader;
import fr.coopex.labels.LabelException;
import fr.coopex.labels.LabelReviewing;
import fr.coopex.shared.security.CoopexUser;

/**
 * The agency's side of applications: its list of applications and the officers' decisions
 * on one.
 */
@Controller
class LabelReviewController {

	private static final String VIEW_AGENCY = "labels/applications";

	private final ApplicationReader reader;

	private final LabelReviewing reviewing;

	LabelReviewController(ApplicationReader reader, LabelReviewing reviewing) {
		this.reader = reader;
		this.reviewing = reviewing;
	}

	@GetMapping("/agency/labels/applications")
	String agency(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("applications", this.reader.ofAgency(user));
		return VIEW_AGENCY;
	}

	/** The officers' decisions, each naming the version of the application they saw. */
	@PostMapping("/labels/applications/{id:[0-9]+}/review/{action:[a-z-]+}")
	String review(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String text,
			@RequestParam Map<String, String> parameters, RedirectAttributes flash) {
		long seen = (version == null) ? -1 : version;
		Runnable decision = switch (action) {
			case "take-up" -> () -> this.reviewing.takeUp(user, id, seen);
			case "ask" -> () -> this.reviewing.requestInformation(user, id, seen, text);
			case "grant" -> () -> this.reviewing.grant(user, id, seen);
			case "refuse" -> () -> this.reviewing.refuse(user, id, seen, reasons(parameters));
			case "suspend" -> () -> this.reviewing.suspend(user, id, seen, text);
			case "reinstate" -> () -> this.reviewing.reinstate(user, id, seen);
			case "withdraw" -> () -> this.reviewing.withdraw(user, id, seen, text);
			default -> throw new LabelException.NotFound();
		};
		return ApplicationRedirects.act(id, flash, "labels.review.done", decision);
	}

	/** The reasons of a refusal: parameters {@code reason-<criterion id>}. */
	private static Map<Long, String> reasons(Map<String, String> parameters) {
		Map<Long, String> reasons = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.matches("reason-[0-9]{1,18}")) {
				reasons.put(Long.parseLong(name.substring(7)), value);
			}
		});
		return reasons;
	}

}
