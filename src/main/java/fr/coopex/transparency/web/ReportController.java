package fr.coopex.transparency.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Versioned;
import fr.coopex.transparency.ReportView;
import fr.coopex.transparency.TransparencyReports;

/**
 * A published report and its PDF (members and coordinators of its ecosystem, anyone when
 * public), and the list of an ecosystem's reports (members and coordinators).
 */
@Controller
class ReportController {

	private static final String VIEW_REPORT = "transparency/report";

	private static final String VIEW_LIST = "transparency/reports";

	private final TransparencyReports reports;

	ReportController(TransparencyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/transparency/reports/{id:[0-9]+}")
	String report(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.report(user, id));
		return VIEW_REPORT;
	}

	/** The PDF kept at publication: it never changes, so 304 once the browser has it. */
	@GetMapping("/transparency/reports/{id:[0-9]+}.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		ReportView report = this.reports.report(user, id);
		if (Versioned.download(request, response, "transparency-report", id)) {
			return null;
		}
		String name = "transparency-" + report.period().code() + "-v" + report.version() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.reports.pdf(user, id, locale));
	}

	@GetMapping("/transparency/ecosystems/{ecosystemId:[0-9]+}")
	String list(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId, Model model) {
		model.addAttribute("ecosystemId", ecosystemId);
		model.addAttribute("reports", this.reports.reports(user, ecosystemId));
		return VIEW_LIST;
	}

}
