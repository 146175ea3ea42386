package fr.coopex.transparency.web;

import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.transparency.CooperationStatements;
import fr.coopex.transparency.ReportPeriod;

/**
 * The company's cooperation statement for a year, as a page and a PDF. A year outside the
 * platform's years reads as the current one.
 */
@Controller
class CooperationController {

	private static final String VIEW_STATEMENT = "transparency/statement";

	private final CooperationStatements statements;

	CooperationController(CooperationStatements statements) {
		this.statements = statements;
	}

	@GetMapping("/account/company/cooperation")
	String statement(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int chosen = year(year);
		model.addAttribute("statement", this.statements.statement(user, chosen));
		model.addAttribute("years",
				IntStream.iterate(this.statements.today().getYear(), (y) -> y >= ReportPeriod.FIRST_YEAR, (y) -> y - 1)
					.limit(10)
					.boxed()
					.toList());
		return VIEW_STATEMENT;
	}

	@GetMapping("/account/company/cooperation.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Integer year,
			Locale locale) {
		int chosen = year(year);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cooperation-" + chosen + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.statements.pdf(user, chosen, locale));
	}

	private int year(Integer asked) {
		int current = this.statements.today().getYear();
		return (asked == null || asked < ReportPeriod.FIRST_YEAR || asked > current) ? current : asked;
	}

}
