package fr.coopex.fairs.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandPage;
import fr.coopex.ledger.LedgerException;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FieldException;
import fr.coopex.shared.web.Versioned;

/**
 * Shared stands: the lists of stands, each stand's page and a company's booking. The
 * service checks who may see and do what; a refusal, of the stand's rules or of its cost
 * pool in the ledger (a confirmed split), shows on the page and changes nothing.
 */
@Controller
class StandPageController {

	private static final String VIEW_LIST = "fairs/stands";

	private static final String VIEW_DETAIL = "fairs/stand";

	private final StandManagement stands;

	StandPageController(StandManagement stands) {
		this.stands = stands;
	}

	/** The stands of the viewer's ecosystems (or of one of them). */
	@GetMapping("/stands")
	String list(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Long ecosystem, Model model) {
		model.addAttribute("stands", this.stands.visibleTo(user, ecosystem));
		model.addAttribute("console", false);
		return VIEW_LIST;
	}

	/** The coordinator's list: the stands of the ecosystems they coordinate. */
	@GetMapping("/console/stands")
	String console(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("stands", this.stands.coordinatedBy(user));
		model.addAttribute("console", true);
		return VIEW_LIST;
	}

	@GetMapping("/stands/{id:[0-9]+}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		StandPage page = this.stands.page(user, id);
		// the page shows the stand as this viewer sees it, and nothing else
		if (Versioned.page(request, response, model, page)) {
			return null;
		}
		if (!model.containsAttribute("bookingForm")) {
			model.addAttribute("bookingForm", BookingForm.of(page));
		}
		model.addAttribute("page", page);
		return VIEW_DETAIL;
	}

	@PostMapping("/stands/{id:[0-9]+}/booking")
	String book(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid BookingForm bookingForm,
			BindingResult result, Model model, RedirectAttributes flash, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		// the stand must exist for this person before the form is looked at
		this.stands.page(user, id);
		if (!result.hasErrors()) {
			try {
				this.stands.book(user, id, bookingForm.area(), bookingForm.version());
				flash.addFlashAttribute("message", "fairs.booking.saved");
				return "redirect:/stands/" + id;
			}
			catch (LedgerException ex) {
				// the split was confirmed from the pool's console while bookings were
				// open
				if ("ledger.pool.confirmed".equals(ex.messageKey())) {
					result.reject("fairs.booking.pool-confirmed");
				}
				else {
					ex.rejectOn(result);
				}
			}
			catch (FieldException ex) {
				ex.rejectOn(result);
			}
		}
		// the form shows with its errors even when bookings have closed meanwhile
		model.addAttribute("bookingRefused", true);
		return detail(user, id, model, locale, request, response);
	}

}
