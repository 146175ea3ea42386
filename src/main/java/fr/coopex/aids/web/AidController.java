package fr.coopex.aids.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.coopex.aids.AidCatalogue;
import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidFollowing;
import fr.coopex.aids.AidSearch;
import fr.coopex.aids.AidView;
import fr.coopex.aids.ApplicationTracker;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The catalogue of aids: the search page, each aid's page with the viewer's eligibility,
 * the aids for the viewer's company, and those for an ecosystem's coordinator.
 */
@Controller
@RequestMapping("/aids")
class AidController {

	private static final String VIEW_LIST = "aids/list";

	private static final String VIEW_DETAIL = "aids/detail";

	private static final String VIEW_FOR_ME = "aids/for-me";

	private static final String VIEW_FOR_ECOSYSTEM = "aids/for-ecosystem";

	private final AidCatalogue catalogue;

	private final AidCuration curation;

	private final EcosystemManagement ecosystems;

	private final AidFollowing following;

	private final ApplicationTracker applications;

	AidController(AidCatalogue catalogue, AidCuration curation, EcosystemManagement ecosystems, AidFollowing following,
			ApplicationTracker applications) {
		this.following = following;
		this.applications = applications;
		this.catalogue = catalogue;
		this.curation = curation;
		this.ecosystems = ecosystems;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String operator, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String paysFor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) String soon,
			@RequestParam(required = false) String mine, @RequestParam(required = false) String unknown,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		SearchParams params = SearchParams.read(q, operator, kind, paysFor, region, status, soon, mine, unknown, sort,
				page, AidSearch.PAGE_SIZE, this.catalogue.operatorNames());
		boolean member = user != null && user.role() == Role.MEMBER;
		model.addAttribute("search", params.search);
		model.addAttribute("queryCut", params.textCut);
		model.addAttribute("result", this.catalogue.search(params.search, user));
		model.addAttribute("links", new SearchLinks("/aids", params.search));
		model.addAttribute("sorts", AidSearch.Sort.values());
		model.addAttribute("member", member);
		model.addAttribute("agency", user != null && user.role() == Role.AGENCY);
		response.setHeader("Vary", "HX-Request");
		if (htmx != null && historyRestore == null) {
			return VIEW_LIST + " :: search";
		}
		if (user != null && user.role() == Role.COORDINATOR) {
			model.addAttribute("coordinated", coordinated(user));
		}
		return VIEW_LIST;
	}

	@GetMapping("/{id:[0-9]+}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		AidView aid = this.curation.visible(user, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("aid", aid);
		model.addAttribute("d", aid.data());
		model.addAttribute("member", user != null && user.role() == Role.MEMBER);
		model.addAttribute("signedIn", user != null);
		this.catalogue.assess(aid.data(), user).ifPresent((a) -> model.addAttribute("assessment", a));
		boolean member = user != null && user.role() == Role.MEMBER;
		model.addAttribute("saved", member && this.following.isSaved(user, id));
		model.addAttribute("applicationId", member ? this.applications.idFor(user, id).orElse(null) : null);
		return VIEW_DETAIL;
	}

	@GetMapping("/for-me")
	String forMe(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("suggestions", this.catalogue.suggestionsFor(user));
		// a member firm may lead an ecosystem: it then sees the aids for its groupings
		// here
		model.addAttribute("coordinated", coordinated(user));
		return VIEW_FOR_ME;
	}

	/** The ecosystems this person coordinates. */
	private List<EcosystemSummary> coordinated(CoopexUser user) {
		return this.ecosystems.coordinated(user);
	}

	@GetMapping("/for-ecosystem/{ecosystemId:[0-9]+}")
	String forEcosystem(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId, Model model) {
		List<AidView> aids = this.catalogue.forEcosystem(user, ecosystemId);
		model.addAttribute("ecosystem", this.ecosystems.summary(ecosystemId));
		model.addAttribute("aids", aids);
		return VIEW_FOR_ECOSYSTEM;
	}

}
