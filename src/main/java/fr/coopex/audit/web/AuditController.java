package fr.coopex.audit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.audit.AuditTrail;
import fr.coopex.shared.web.Paging;

/**
 * The admin's view of the audit trail.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private static final String VIEW_LIST = "audit/list";

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		model.addAttribute("q", query);
		model.addAttribute("entries", this.trail.find(query, PageRequest.of(Paging.index(page), 50)));
		return VIEW_LIST;
	}

}
