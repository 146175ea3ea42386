package fr.coopex.ecosystems.web;

import java.io.IOException;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.EcosystemAnnouncements;
import fr.coopex.ecosystems.EcosystemAnnouncements.AnnouncementDraft;
import fr.coopex.ecosystems.EcosystemAnnouncements.Document;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.PriceTalkWarning;
import fr.coopex.shared.security.CoopexUser;

/**
 * A coordinator writes to every member; members download an announcement's PDF. A text
 * that mentions prices comes back with the words found and a box to confirm it.
 */
@Controller
class AnnouncementController {

	private static final String VIEW_FORM = "ecosystems/announcement-form";

	private final EcosystemAnnouncements announcements;

	private final EcosystemManagement ecosystems;

	AnnouncementController(EcosystemAnnouncements announcements, EcosystemManagement ecosystems) {
		this.announcements = announcements;
		this.ecosystems = ecosystems;
	}

	@GetMapping("/console/ecosystems/{id:[0-9]+}/announcements/new")
	String initForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("announcementForm", AnnouncementForm.empty());
		return prepareForm(user, id, model);
	}

	@PostMapping("/console/ecosystems/{id:[0-9]+}/announcements/new")
	String processForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid AnnouncementForm announcementForm, BindingResult result, Model model, RedirectAttributes flash)
			throws IOException {
		String form = prepareForm(user, id, model);
		byte[] content = announcementForm.content();
		String name = announcementForm.fileName();
		return Actions.submit(result, () -> {
			try {
				this.announcements.post(user, id, new AnnouncementDraft(announcementForm.title(),
						announcementForm.text(), announcementForm.confirmed(), name, content));
			}
			catch (PriceTalkWarning warning) {
				model.addAttribute("priceWords", warning.words());
				throw warning;
			}
			flash.addFlashAttribute("message", "ecosystems.announcement.posted");
			return "redirect:/ecosystems/" + id + "#announcements";
		}, () -> form);
	}

	@GetMapping("/ecosystems/{id:[0-9]+}/announcements/{announcementId:[0-9]+}/document")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable long announcementId) {
		Document document = this.announcements.document(user, id, announcementId);
		return Actions.pdf(document.fileName(), document.content());
	}

	/** Checks the coordinator before the form is shown or read. */
	private String prepareForm(CoopexUser user, long id, Model model) {
		model.addAttribute("ecosystem", this.ecosystems.summary(id));
		if (!this.ecosystems.isCoordinator(user, id)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a coordinator");
		}
		return VIEW_FORM;
	}

}
