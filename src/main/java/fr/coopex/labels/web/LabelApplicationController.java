package fr.coopex.labels.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.labels.ApplicationReader;
import fr.coopex.labels.LabelApplying;
import fr.coopex.labels.LabelException;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FileNames;

/**
 * Applications: an ecosystem's labelling page for its coordinators, an application's page
 * (evidence pack, answers, documents, thread) and the coordinators' actions on them (the
 * agency's side: {@link LabelReviewController}). The services decide who may do what; a
 * refused rule comes back as a message.
 */
@Controller
class LabelApplicationController {

	private static final String VIEW_ECOSYSTEM = "labels/ecosystem";

	private static final String VIEW_APPLICATION = "labels/application";

	private final ApplicationReader reader;

	private final LabelApplying applying;

	private final EcosystemManagement ecosystems;

	LabelApplicationController(ApplicationReader reader, LabelApplying applying, EcosystemManagement ecosystems) {
		this.reader = reader;
		this.applying = applying;
		this.ecosystems = ecosystems;
	}

	@GetMapping("/labels/ecosystems/{ecosystemId:[0-9]+}")
	String ecosystem(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId, Model model) {
		model.addAttribute("applications", this.reader.ofEcosystem(user, ecosystemId));
		model.addAttribute("open", this.applying.openTo(user, ecosystemId));
		model.addAttribute("ecosystemId", ecosystemId);
		model.addAttribute("ecosystemName", this.ecosystems.standing(user, ecosystemId).ecosystemName());
		return VIEW_ECOSYSTEM;
	}

	@PostMapping("/labels/ecosystems/{ecosystemId:[0-9]+}/apply")
	String apply(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@RequestParam(required = false) Long scheme, RedirectAttributes flash) {
		try {
			long id = this.applying.start(user, ecosystemId, scheme == null ? -1 : scheme);
			flash.addFlashAttribute("message", "labels.application.started");
			return "redirect:/labels/applications/" + id;
		}
		catch (LabelException.NotFound ex) {
			flash.addFlashAttribute("error", "labels.application.not-open");
		}
		catch (LabelException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/labels/ecosystems/" + ecosystemId;
	}

	@GetMapping("/labels/applications/{id:[0-9]+}")
	String application(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("labelApplication", this.reader.view(user, id));
		return VIEW_APPLICATION;
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/answers/{criterion:[0-9]+}")
	String answer(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long criterion,
			@RequestParam(required = false) String answer, RedirectAttributes flash) {
		return ApplicationRedirects.act(id, flash, "labels.application.saved",
				() -> this.applying.answer(user, id, criterion, answer));
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/documents/{criterion:[0-9]+}")
	String attach(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long criterion,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
		byte[] content = (file == null) ? new byte[0] : file.getBytes();
		String name = (file == null) ? null : file.getOriginalFilename();
		return ApplicationRedirects.act(id, flash, "labels.application.saved",
				() -> this.applying.attach(user, id, criterion, name, content));
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/documents/{document:[0-9]+}/delete")
	String removeDocument(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long document,
			RedirectAttributes flash) {
		return ApplicationRedirects.act(id, flash, "labels.application.saved",
				() -> this.applying.removeDocument(user, id, document));
	}

	@GetMapping("/labels/applications/{id:[0-9]+}/documents/{document:[0-9]+}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable long document) {
		Map.Entry<String, byte[]> file = this.reader.document(user, id, document)
			.orElseThrow(LabelException.NotFound::new);
		String name = FileNames.slug(file.getKey().replaceAll("(?i)\\.pdf$", "")) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(file.getValue());
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/submit")
	String submit(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return ApplicationRedirects.act(id, flash, "labels.application.submitted",
				() -> this.applying.submit(user, id));
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/comments")
	String comment(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) String text, RedirectAttributes flash) {
		return ApplicationRedirects.act(id, flash, "labels.thread.sent", () -> this.applying.comment(user, id, text));
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/renew")
	String renew(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		try {
			long renewal = this.applying.renew(user, id);
			flash.addFlashAttribute("message", "labels.application.started");
			return "redirect:/labels/applications/" + renewal;
		}
		catch (LabelException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			return "redirect:/labels/applications/" + id;
		}
	}

}
