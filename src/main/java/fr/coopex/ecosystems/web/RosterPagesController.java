package fr.coopex.ecosystems.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.ecosystems.CoopetitionMap;
import fr.coopex.ecosystems.CoopetitionMap.Pair;
import fr.coopex.ecosystems.CoopetitionMaps;
import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Paging;

/**
 * An ecosystem's members, and every pair of them with its relation and reason (or only
 * the viewer's own firm's), page by page: the ecosystem's page lists the first of each
 * beyond {@value CoopetitionMap#COLLAPSE_ABOVE} members. Members and coordinators only,
 * as the map.
 */
@Controller
class RosterPagesController {

	private static final String VIEW_PAIRS = "ecosystems/pairs";

	private static final String VIEW_MEMBERS = "ecosystems/members";

	private final EcosystemManagement ecosystems;

	private final CoopetitionMaps maps;

	private final MapTextsWriter mapTexts;

	RosterPagesController(EcosystemManagement ecosystems, CoopetitionMaps maps, MapTextsWriter mapTexts) {
		this.ecosystems = ecosystems;
		this.maps = maps;
		this.mapTexts = mapTexts;
	}

	@GetMapping("/ecosystems/{id:[0-9]+}/pairs")
	String pairs(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean own, @RequestParam(defaultValue = "1") int page,
			Locale locale, Model model) {
		EcosystemDetail detail = this.ecosystems.detail(user, id);
		CoopetitionMaps.Roster roster = this.maps.of(detail);
		CoopetitionMap map = roster.map();
		// a person who is not a company's has no pairs of its own: every pair is shown
		Long viewerCompanyId = (user.role() == Role.MEMBER) ? user.organisationId() : null;
		boolean ownOnly = own && viewerCompanyId != null;
		List<Pair> pairs = ownOnly ? map.pairsOf(viewerCompanyId) : map.pairs();
		model.addAttribute("ecosystem", detail.summary());
		model.addAttribute("own", ownOnly);
		model.addAttribute("pairs", Paging.slice(pairs, page));
		model.addAttribute("mapTexts", this.mapTexts.of(roster, locale));
		model.addAttribute("viewerCompanyId", viewerCompanyId);
		return VIEW_PAIRS;
	}

	@GetMapping("/ecosystems/{id:[0-9]+}/members")
	String members(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
		EcosystemDetail detail = this.ecosystems.detail(user, id);
		CoopetitionMaps.Roster roster = this.maps.of(detail);
		model.addAttribute("ecosystem", detail.summary());
		model.addAttribute("members", Paging.slice(roster.members(), page));
		// its coordinators change roles and remove members here too
		model.addAttribute("coordinator", detail.relation() == EcosystemDetail.ViewerRelation.COORDINATOR);
		model.addAttribute("mapTexts", this.mapTexts.of(roster, locale));
		return VIEW_MEMBERS;
	}

}
