package fr.coopex.shared.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The access decisions of {@link SecurityConfiguration} that roles alone do not make.
 */
final class AccessRules {

	private AccessRules() {
	}

	/**
	 * Metrics (cache statistics among them) are read from the machine itself, or by a
	 * platform admin. Behind a reverse proxy on the same machine, set
	 * {@code COOPEX_FORWARD_HEADERS=native} so that the client's address is the one
	 * checked.
	 */
	static AuthorizationManager<RequestAuthorizationContext> localOrAdmin() {
		AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole("ADMIN");
		return (authentication, context) -> isLoopback(context.getRequest().getRemoteAddr())
				? new AuthorizationDecision(true) : admin.authorize(authentication, context);
	}

	private static boolean isLoopback(String address) {
		return address != null && (address.startsWith("127.") || address.equals("::1")
				|| address.equals("0:0:0:0:0:0:0:1") || address.equals("[::1]"));
	}

	/**
	 * A half-finished sign-in that wanders off to another page is sent back to the code
	 * page; anyone else gets the 403 page.
	 */
	static AccessDeniedHandler accessDeniedHandler() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication instanceof SecondFactorPending && isPage(request)) {
				response.sendRedirect(request.getContextPath() + "/login/second-factor");
				return;
			}
			forbidden.handle(request, response, denied);
		};
	}

	private static boolean isPage(HttpServletRequest request) {
		return "GET".equals(request.getMethod());
	}

}
