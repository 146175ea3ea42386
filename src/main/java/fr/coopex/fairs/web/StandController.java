package fr.coopex.fairs.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandPage;
import fr.coopex.fairs.StandStatus;
import fr.coopex.ledger.LedgerException;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.web.FieldException;
import fr.coopex.shared.web.Versioned;

/**
 * Shared stands: each stand's page, a company's booking, and the coordinator's forms and
 * actions. The service checks who may see and do what; a refusal, of the stand's rules or
 * of its cost pool in the ledger (a confirmed split, a stand without costs), shows on the
 * page and changes nothing.
 */
@Controller
class StandController {

	private static final String VIEW_LIST = "fairs/stands";

	private static final String VIEW_DETAIL = "fairs/stand";

	private static final String VIEW_FORM = "fairs/stand-form";

	private final StandManagement stands;

	private final FairCalendar calendar;

	StandController(StandManagement stands, FairCalendar calendar) {
		this.stands = stands;
		this.calendar = calendar;
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

	@PostMapping("/stands/{id:[0-9]+}/booking/cancel")
	String cancel(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes flash) {
		return act(id, flash, "fairs.booking.cancelled", () -> this.stands.cancel(user, id, version));
	}

	@PostMapping("/stands/{id:[0-9]+}/status")
	String changeStatus(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) StandStatus status, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes flash) {
		return act(id, flash, "fairs.stand.status.changed", () -> this.stands.changeStatus(user, id, version, status));
	}

	@PostMapping("/stands/{id:[0-9]+}/bookings/{bookingId:[0-9]+}/waive")
	String waive(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long bookingId,
			RedirectAttributes flash) {
		return act(id, flash, "fairs.booking.waived", () -> this.stands.waive(user, id, bookingId));
	}

	@GetMapping("/stands/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, @RequestParam long fair, Model model) {
		model.addAttribute("standForm", StandForm.at(fair));
		return prepareForm(user, model, null, fair);
	}

	@PostMapping("/stands/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid StandForm standForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		if (standForm.fairId() == null) {
			throw new AccessDeniedException("No fair");
		}
		String view = prepareForm(user, model, null, standForm.fairId());
		if (standForm.ecosystemId() == null && !result.hasFieldErrors("ecosystemId")) {
			result.rejectValue("ecosystemId", "NotNull");
		}
		if (!result.hasErrors()) {
			try {
				long id = this.stands.open(user, standForm.fairId(), standForm.ecosystemId(), standForm.toDraft());
				flash.addFlashAttribute("message", "fairs.stand.opened");
				return "redirect:/stands/" + id;
			}
			catch (FieldException ex) {
				ex.rejectOn(result);
			}
		}
		return view;
	}

	@GetMapping("/stands/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		StandPage page = requireCoordinator(user, id);
		model.addAttribute("standForm", StandForm.of(page));
		model.addAttribute("page", page);
		return prepareForm(user, model, id, page.stand().fairId());
	}

	@PostMapping("/stands/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid StandForm standForm, BindingResult result, Model model, RedirectAttributes flash) {
		StandPage page = requireCoordinator(user, id);
		model.addAttribute("page", page);
		if (standForm.version() == null) {
			result.reject("fairs.stand.changed-meanwhile");
		}
		if (!result.hasErrors()) {
			try {
				this.stands.update(user, id, standForm.version(), standForm.toDraft());
				flash.addFlashAttribute("message", "fairs.stand.updated");
				return "redirect:/stands/" + id;
			}
			catch (FieldException ex) {
				ex.rejectOn(result);
			}
		}
		return prepareForm(user, model, id, page.stand().fairId());
	}

	private StandPage requireCoordinator(CoopexUser user, long id) {
		StandPage page = this.stands.page(user, id);
		if (!page.coordinator()) {
			throw new AccessDeniedException("Not a coordinator of the stand");
		}
		return page;
	}

	private String prepareForm(CoopexUser user, Model model, Long standId, long fairId) {
		var fair = this.calendar.find(fairId);
		if (standId == null) {
			var ecosystems = this.stands.ecosystemsToOpenIn(user);
			if (ecosystems.isEmpty()) {
				throw new AccessDeniedException("Coordinates no ecosystem");
			}
			model.addAttribute("ecosystemChoices",
					Choice.of(ecosystems, (e) -> Long.toString(e.id()), EcosystemSummary::name));
		}
		model.addAttribute("fair", fair);
		model.addAttribute("standId", standId);
		return VIEW_FORM;
	}

	private String act(long id, RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", success);
		}
		catch (FieldException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			if (ex instanceof LedgerException refused && refused.arguments().length > 0) {
				// strings, for the session that keeps flash attributes
				flash.addFlashAttribute("errorArguments",
						Arrays.stream(refused.arguments()).map(String::valueOf).toArray(String[]::new));
			}
		}
		return "redirect:/stands/" + id;
	}

}
