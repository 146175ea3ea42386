package fr.coopex.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.coopex.home.HomeReads;
import fr.coopex.home.HomePage;
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
		HomePage page = this.home.page(viewer.user());
		model.addAttribute("memberHome", page.member());
		if (page.member() != null) {
			// the company's de minimis aid over the rolling period, against the ceiling
			model.addAttribute("deMinimis", page.deMinimis());
		}
		model.addAttribute("coordinatorHome", page.coordinator());
		model.addAttribute("staffHome", page.staff());
		return VIEW;
	}

}
