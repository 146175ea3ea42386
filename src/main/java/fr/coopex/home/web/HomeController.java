package fr.coopex.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.home.HomeReads;
import fr.coopex.home.MemberHome;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Viewer;

/**
 * The front page: what Coopex is, for a visitor; what needs their attention, once signed
 * in, one block per role that applies. A person halfway through signing in (second factor
 * awaited) is a visitor here.
 */
@Controller
class HomeController {

	private static final String VIEW = "home/home";

	private final HomeReads home;

	private final DeMinimisRegister deMinimis;

	HomeController(HomeReads home, DeMinimisRegister deMinimis) {
		this.home = home;
		this.deMinimis = deMinimis;
	}

	@GetMapping("/")
	String home(Model model) {
		if (!(model.getAttribute("viewer") instanceof Viewer viewer) || !viewer.signedIn()) {
			return VIEW;
		}
		CoopexUser user = viewer.user();
		MemberHome member = this.home.member(user);
		model.addAttribute("memberHome", member);
		if (member != null) {
			// the company's de minimis aid over the rolling period, against the ceiling
			model.addAttribute("deMinimis", this.deMinimis.summary(user.organisationId()));
		}
		model.addAttribute("coordinatorHome", this.home.coordinator(user));
		model.addAttribute("staffHome", this.home.staff(user));
		return VIEW;
	}

}
