package fr.coopex.aids.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.aids.AidCuration;
import fr.coopex.aids.DeMinimis;
import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.aids.AidCuration.Format;
import fr.coopex.aids.AidCuration.ImportRefused;
import fr.coopex.aids.AidCuration.ImportReport;
import fr.coopex.aids.AidException;
import fr.coopex.aids.AidInvalidException;
import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.AidView;
import fr.coopex.aids.CompanySize;
import fr.coopex.aids.PaysFor;
import fr.coopex.aids.Recurrence;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/**
 * Agency officers curate their agency's aids: list, create, edit, publish, unpublish,
 * history, import and export.
 */
@Controller
@RequestMapping("/aids/manage")
class AidCurationController {

	private static final String VIEW_LIST = "aids/manage";

	private static final String VIEW_FORM = "aids/form";

	private static final String VIEW_IMPORT = "aids/import";

	private static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

	private final AidCuration curation;

	private final DeMinimisRegister deMinimis;

	AidCurationController(AidCuration curation, DeMinimisRegister deMinimis) {
		this.curation = curation;
		this.deMinimis = deMinimis;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("aids", this.curation.ofAgency(user));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, Model model) {
		this.curation.ofAgency(user);
		model.addAttribute("aidForm", AidForm.empty());
		return prepare(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid AidForm aidForm, BindingResult result,
			Model model, RedirectAttributes flash) {
		this.curation.ofAgency(user);
		if (!result.hasErrors()) {
			try {
				long id = this.curation.create(user, aidForm.toData());
				flash.addFlashAttribute("message", "aids.curation.created");
				return "redirect:/aids/manage/" + id + "/edit";
			}
			catch (AidInvalidException ex) {
				ex.rejectOn(result, AidForm::path);
			}
		}
		return prepare(model, null);
	}

	@GetMapping("/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("aidForm", AidForm.of(this.curation.editable(user, id)));
		return prepare(model, user, id);
	}

	@PostMapping("/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid AidForm aidForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		// refused before the form is read, for anyone but the aid's agency
		this.curation.editable(user, id);
		if (!result.hasErrors()) {
			try {
				this.curation.update(user, id, aidForm.toData(), aidForm.version());
				flash.addFlashAttribute("message", "aids.curation.saved");
				return "redirect:/aids/manage/" + id + "/edit";
			}
			catch (AidInvalidException ex) {
				ex.rejectOn(result, AidForm::path);
			}
			catch (AidException ex) {
				ex.rejectOn(result);
			}
		}
		return prepare(model, user, id);
	}

	/** Whether the aid is de minimis: its own small form on the edit page. */
	@PostMapping("/{id:[0-9]+}/de-minimis")
	String processDeMinimisForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid DeMinimisFlagForm deMinimisFlagForm, BindingResult result, Model model, RedirectAttributes flash) {
		AidView aid = this.curation.editable(user, id);
		if (!result.hasErrors()) {
			try {
				this.deMinimis.setFlag(user, id, deMinimisFlagForm.toFlag());
				flash.addFlashAttribute("message", "aids.de-minimis.flag-saved");
				return "redirect:/aids/manage/" + id + "/edit";
			}
			catch (AidException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("aidForm", AidForm.of(aid));
		return prepare(model, user, id);
	}

	@PostMapping("/{id:[0-9]+}/publish")
	String publish(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "aids.curation.published", () -> this.curation.publish(user, id));
	}

	@PostMapping("/{id:[0-9]+}/unpublish")
	String unpublish(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "aids.curation.unpublished", () -> this.curation.unpublish(user, id));
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal CoopexUser user) {
		return file(this.curation.export(user, Format.CSV), "aides.csv", new MediaType("text", "csv"));
	}

	@GetMapping("/export.json")
	ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal CoopexUser user) {
		return file(this.curation.export(user, Format.JSON), "aides.json", MediaType.APPLICATION_JSON);
	}

	@GetMapping("/import")
	String initImport(@AuthenticationPrincipal CoopexUser user) {
		this.curation.ofAgency(user);
		return VIEW_IMPORT;
	}

	@PostMapping("/import")
	String processImport(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes flash) throws IOException {
		this.curation.ofAgency(user);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "aids.import.no-file");
			return VIEW_IMPORT;
		}
		if (file.getSize() > MAX_IMPORT_BYTES) {
			model.addAttribute("fileError", "aids.import.too-large");
			return VIEW_IMPORT;
		}
		String content = new String(file.getBytes(), StandardCharsets.UTF_8);
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
		Format format = name.endsWith(".json") || content.stripLeading().startsWith("[") ? Format.JSON : Format.CSV;
		try {
			ImportReport report = this.curation.importFile(user, format, content);
			flash.addFlashAttribute("message", "aids.import.done");
			flash.addFlashAttribute("report", report);
			return "redirect:/aids/manage";
		}
		catch (ImportRefused refused) {
			model.addAttribute("problems", refused.problems());
			model.addAttribute("format", format);
			return VIEW_IMPORT;
		}
	}

	private String act(long id, RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", success);
		}
		catch (AidException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/aids/manage/" + id + "/edit";
	}

	private String prepare(Model model, CoopexUser user, long id) {
		model.addAttribute("aid", this.curation.editable(user, id));
		model.addAttribute("history", this.curation.history(user, id));
		if (!model.containsAttribute("deMinimisFlagForm")) {
			model.addAttribute("deMinimisFlagForm", DeMinimisFlagForm.of(this.deMinimis.flag(id)));
		}
		model.addAttribute("deMinimisStatuses", Choice.messages(DeMinimis.values(), "aids.de-minimis.status."));
		return prepare(model, id);
	}

	private String prepare(Model model, Long id) {
		model.addAttribute("aidId", id);
		model.addAttribute("kinds", orNone(AidKind.values(), "aids.kind."));
		model.addAttribute("paysForValues", PaysFor.values());
		model.addAttribute("sizes", orNone(CompanySize.values(), "aids.size."));
		model.addAttribute("regions", Choice.messages(Region.values(), "companies.region."));
		model.addAttribute("situations", ExportSituation.values());
		model.addAttribute("recurrences", orNone(Recurrence.values(), "aids.recurrence."));
		model.addAttribute("statuses", orNone(AidStatus.values(), "aids.status."));
		return VIEW_FORM;
	}

	/** "Not specified" first, then one option per constant. */
	private static <E extends Enum<E>> List<Choice> orNone(E[] constants, String prefix) {
		List<Choice> choices = new ArrayList<>();
		choices.add(Choice.message("", "aids.not-specified"));
		choices.addAll(Choice.messages(constants, prefix));
		return choices;
	}

	private static ResponseEntity<byte[]> file(String content, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content.getBytes(StandardCharsets.UTF_8));
	}

}
