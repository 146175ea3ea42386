package fr.coopex.ecosystems.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemPayments;
import fr.coopex.shared.security.CoopexUser;

/**
 * An ecosystem's settings, for its coordinators: the bank details that cash-call notices
 * give members to pay.
 */
@Controller
@RequestMapping("/ecosystems/{id:[0-9]+}/settings")
class EcosystemSettingsController {

	private static final String VIEW_SETTINGS = "ecosystems/settings";

	private final EcosystemManagement ecosystems;

	private final EcosystemPayments payments;

	EcosystemSettingsController(EcosystemManagement ecosystems, EcosystemPayments payments) {
		this.ecosystems = ecosystems;
		this.payments = payments;
	}

	@GetMapping
	String initSettingsForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		requireCoordinator(user, id);
		model.addAttribute("paymentDetailsForm",
				this.payments.details(user, id).map(PaymentDetailsForm::of).orElseGet(PaymentDetailsForm::empty));
		return prepare(id, model);
	}

	@PostMapping
	String processSettingsForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid PaymentDetailsForm paymentDetailsForm, BindingResult result, Model model, RedirectAttributes flash) {
		// refused before the form is checked, so that nobody else gets the form back
		requireCoordinator(user, id);
		return Actions.submit(result, () -> {
			this.payments.change(user, id, paymentDetailsForm.toDetails());
			flash.addFlashAttribute("message", "ecosystems.payment.saved");
			return "redirect:/ecosystems/" + id + "/settings";
		}, () -> prepare(id, model));
	}

	private void requireCoordinator(CoopexUser user, long id) {
		Actions.requireCoordinator(this.ecosystems, user, id);
	}

	private String prepare(long id, Model model) {
		model.addAttribute("ecosystem", this.ecosystems.summary(id));
		return VIEW_SETTINGS;
	}

}
