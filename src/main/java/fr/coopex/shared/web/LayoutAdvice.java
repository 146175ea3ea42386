package fr.coopex.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page.
 */
@ControllerAdvice
class LayoutAdvice {

	/** The path of the page, for the language switch (which links to the same page). */
	@ModelAttribute("currentUri")
	String currentUri(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri == null || uri.startsWith("/error") ? "/" : uri;
	}

	/** Who is looking, for the navigation and the role-dependent parts of pages. */
	@ModelAttribute("viewer")
	Viewer viewer() {
		return Viewer.of(SecurityContextHolder.getContext().getAuthentication());
	}

}
