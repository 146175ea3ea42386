package fr.coopex.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.coopex.audit.AccessLog;
import fr.coopex.shared.security.CoopexUser;

/**
 * "Who saw my data": a company's access log, for its own people. Reading it records
 * nothing.
 */
@Controller
class AccessLogController {

	private static final String VIEW_LOG = "audit/access";

	private final AccessLog log;

	AccessLogController(AccessLog log) {
		this.log = log;
	}

	@GetMapping("/account/company/access")
	String log(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("lines", this.log.ofOwnCompany(user));
		return VIEW_LOG;
	}

}
