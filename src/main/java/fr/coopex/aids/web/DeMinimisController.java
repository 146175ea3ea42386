package fr.coopex.aids.web;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.aids.AidException;
import fr.coopex.aids.DeMinimisAttestation;
import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.shared.security.CoopexUser;

/**
 * A firm's de minimis register: its total against the ceiling, every aid counted, aids
 * entered by hand, and the attestation PDF.
 */
@Controller
@RequestMapping("/account/company/de-minimis")
class DeMinimisController {

	private static final String VIEW_REGISTER = "aids/de-minimis";

	private static final String REDIRECT = "redirect:/account/company/de-minimis";

	private final DeMinimisRegister register;

	private final DeMinimisAttestation attestation;

	DeMinimisController(DeMinimisRegister register, DeMinimisAttestation attestation) {
		this.register = register;
		this.attestation = attestation;
	}

	@GetMapping
	String initRegister(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("manualAidForm", ManualAidForm.empty());
		return prepare(user, model);
	}

	@PostMapping
	String processManualAid(@AuthenticationPrincipal CoopexUser user, @Valid ManualAidForm manualAidForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.register.addManual(user, manualAidForm.toManualAid());
				flash.addFlashAttribute("message", "aids.de-minimis.added");
				return REDIRECT;
			}
			catch (AidException ex) {
				ex.rejectOn(result);
			}
		}
		return prepare(user, model);
	}

	@PostMapping("/{id:[0-9]+}/delete")
	String remove(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		this.register.removeManual(user, id);
		flash.addFlashAttribute("message", "aids.de-minimis.removed");
		return REDIRECT;
	}

	@GetMapping("/attestation.pdf")
	ResponseEntity<byte[]> attestation(@AuthenticationPrincipal CoopexUser user, java.util.Locale locale) {
		byte[] pdf = this.attestation.pdf(this.register.attestation(user), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("attestation-de-minimis.pdf").build().toString())
			.body(pdf);
	}

	private String prepare(CoopexUser user, Model model) {
		model.addAttribute("entries", this.register.register(user));
		model.addAttribute("summary", this.register.summary(user.organisationId()));
		return VIEW_REGISTER;
	}

}
