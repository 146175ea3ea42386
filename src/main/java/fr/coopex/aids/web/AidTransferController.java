package fr.coopex.aids.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidCuration.Format;
import fr.coopex.aids.AidCuration.ImportRefused;
import fr.coopex.aids.AidCuration.ImportReport;
import fr.coopex.shared.security.CoopexUser;

/**
 * Agency officers export their agency's aids as CSV or JSON files and import such files.
 */
@Controller
@RequestMapping("/aids/manage")
class AidTransferController {

	private static final String VIEW_IMPORT = "aids/import";

	private static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

	private final AidCuration curation;

	AidTransferController(AidCuration curation) {
		this.curation = curation;
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

	private static ResponseEntity<byte[]> file(String content, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content.getBytes(StandardCharsets.UTF_8));
	}

}
