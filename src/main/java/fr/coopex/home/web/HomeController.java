package fr.coopex.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.coopex.home.HomeReads;
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

	HomeController(HomeReads home) {
		this.home = home;
	}

	@GetMapping("/")
	String home(Model model) {
		if (!(model.getAttribute("viewer") instanceof Viewer viewer) || !viewer.signedIn()) {
			return VIEW;
		}
		CoopexUser user = viewer.user();
		model.addAttribute("memberHome", this.home.member(user));
		model.addAttribute("coordinatorHome", this.home.coordinator(user));
		model.addAttribute("staffHome", this.home.staff(user));
		// a company's de minimis aid total comes later as a block of its own:
		// home/home.html includes home/de-minimis when a "deMinimis" attribute is set
		return VIEW;
	}

}
