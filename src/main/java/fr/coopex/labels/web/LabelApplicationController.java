package fr.coopex.labels.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import fr.coopex.labels.LabelReviewing;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FileNames;

/**
 * Applications: an ecosystem's labelling page for its coordinators, an application's page
 * (evidence pack, answers, documents, thread, review), the agency's list, and every
 * action on them. The services decide who may do what; a refused rule comes back as a
 * message.
 */
@Controller
class LabelApplicationController {

	private static final String VIEW_ECOSYSTEM = "labels/ecosystem";

	private static final String VIEW_APPLICATION = "labels/application";

	private static final String VIEW_AGENCY = "labels/applications";

	private final ApplicationReader reader;

	private final LabelApplying applying;

	private final LabelReviewing reviewing;

	private final EcosystemManagement ecosystems;

	LabelApplicationController(ApplicationReader reader, LabelApplying applying, LabelReviewing reviewing,
			EcosystemManagement ecosystems) {
		this.reader = reader;
		this.applying = applying;
		this.reviewing = reviewing;
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

	@GetMapping("/agency/labels/applications")
	String agency(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("applications", this.reader.ofAgency(user));
		return VIEW_AGENCY;
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/answers/{criterion:[0-9]+}")
	String answer(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long criterion,
			@RequestParam(required = false) String answer, RedirectAttributes flash) {
		return act(id, flash, "labels.application.saved", () -> this.applying.answer(user, id, criterion, answer));
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/documents/{criterion:[0-9]+}")
	String attach(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long criterion,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
		byte[] content = (file == null) ? new byte[0] : file.getBytes();
		String name = (file == null) ? null : file.getOriginalFilename();
		return act(id, flash, "labels.application.saved",
				() -> this.applying.attach(user, id, criterion, name, content));
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/documents/{document:[0-9]+}/delete")
	String removeDocument(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long document,
			RedirectAttributes flash) {
		return act(id, flash, "labels.application.saved", () -> this.applying.removeDocument(user, id, document));
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
		return act(id, flash, "labels.application.submitted", () -> this.applying.submit(user, id));
	}

	@PostMapping("/labels/applications/{id:[0-9]+}/comments")
	String comment(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) String text, RedirectAttributes flash) {
		return act(id, flash, "labels.thread.sent", () -> this.applying.comment(user, id, text));
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
		return act(id, flash, "labels.review.done", decision);
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

	private String act(long id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", done);
		}
		catch (LabelException.Conflict | ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("error", "labels.conflict");
		}
		catch (LabelException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			if (ex.arguments() != null && ex.arguments().length > 0) {
				flash.addFlashAttribute("errorArguments", java.util.Arrays.asList(ex.arguments()));
			}
		}
		return "redirect:/labels/applications/" + id;
	}

}
