package fr.coopex.audit.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.coopex.audit.ExchangeRegisterReader;
import fr.coopex.shared.csv.CsvFile;
import fr.coopex.shared.security.CoopexUser;

/**
 * The register of information exchanged in an ecosystem, for its coordinators and member
 * companies, and its CSV export.
 */
@Controller
class ExchangeRegisterController {

	private static final String VIEW_REGISTER = "audit/exchanges";

	private final ExchangeRegisterReader register;

	ExchangeRegisterController(ExchangeRegisterReader register) {
		this.register = register;
	}

	@GetMapping("/ecosystems/{id:[0-9]+}/exchanges")
	String register(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("ecosystemName", this.register.ecosystemName(user, id));
		model.addAttribute("ecosystemId", id);
		model.addAttribute("lines", this.register.lines(user, id));
		return VIEW_REGISTER;
	}

	@GetMapping("/ecosystems/{id:[0-9]+}/exchanges.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CsvFile.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("exchanges-" + id + ".csv").build().toString())
			.body(this.register.csv(user, id, locale));
	}

}
