package fr.coopex.aids.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
import fr.coopex.aids.CompanyFacts;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.FragmentRenderer;
import fr.coopex.shared.web.RenderedFragments;

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

	private static final String SEARCH = "aids.search";

	private final RenderedFragments fragments;

	private final FragmentRenderer renderer;

	private final AidCatalogue catalogue;

	private final AidCuration curation;

	private final EcosystemManagement ecosystems;

	private final AidFollowing following;

	private final ApplicationTracker applications;

	AidController(AidCatalogue catalogue, AidCuration curation, EcosystemManagement ecosystems, AidFollowing following,
			ApplicationTracker applications, RenderedFragments fragments, FragmentRenderer renderer) {
		this.fragments = fragments;
		this.renderer = renderer;
		this.following = following;
		this.applications = applications;
		this.catalogue = catalogue;
		this.curation = curation;
		this.ecosystems = ecosystems;
	}

	/**
	 * What the rendered search depends on: the search, the viewer's kind and company
	 * facts (members see their verdicts), the catalogue's revision, the day (deadlines)
	 * and the language.
	 */
	private record SearchKey(AidSearch search, boolean queryCut, boolean member, CompanyFacts facts, long revision,
			LocalDate today, Locale locale) {
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
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		SearchParams params = SearchParams.read(q, operator, kind, paysFor, region, status, soon, mine, unknown, sort,
				page, AidSearch.PAGE_SIZE, this.catalogue.operatorNames());
		boolean member = user != null && user.role() == Role.MEMBER;
		SearchKey key = new SearchKey(params.search, params.textCut, member, this.catalogue.companyFacts(user),
				this.catalogue.revision(), this.catalogue.today(), locale);
		model.addAttribute("searchHtml", this.fragments.byValue(SEARCH, key, () -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("search", params.search);
			variables.put("queryCut", params.textCut);
			variables.put("result", this.catalogue.search(params.search, user));
			variables.put("links", new SearchLinks("/aids", params.search));
			variables.put("member", member);
			variables.put("sorts", AidSearch.Sort.values());
			return this.renderer.render("aids/search", "search", variables, locale, request, response);
		}));
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

	/**
	 * The ecosystems this person coordinates (several queries: not on the search page).
	 */
	private List<EcosystemSummary> coordinated(CoopexUser user) {
		return this.ecosystems.mine(user).stream().filter((e) -> this.ecosystems.isCoordinator(user, e.id())).toList();
	}

	@GetMapping("/for-ecosystem/{ecosystemId:[0-9]+}")
	String forEcosystem(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId, Model model) {
		List<AidView> aids = this.catalogue.forEcosystem(user, ecosystemId);
		model.addAttribute("ecosystem", this.ecosystems.summary(ecosystemId));
		model.addAttribute("aids", aids);
		return VIEW_FOR_ECOSYSTEM;
	}

}
