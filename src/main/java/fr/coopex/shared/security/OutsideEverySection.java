package fr.coopex.shared.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.UrlPathHelper;

/**
 * Matches a request whose path lies outside every section of the platform: its first
 * segment ({@code /nope} in {@code /nope/page}) begins no page, action or endpoint of any
 * handler mapping. No page can answer such a request, so anyone may make it and get the
 * styled 404 page, visitors too, instead of being sent to sign in.
 * <p>
 * A visitor is answered the same way about every address inside one section: an unknown
 * address under a section with protected pages ({@code /admin/nope}) is sent to sign in
 * as an existing protected page is ({@code /admin/accounts}), so that a visitor cannot
 * tell which protected addresses exist. Static files are served by their own rules and
 * are not sections. When a mapping begins with a variable, or a mapping cannot be read,
 * every address counts as inside a section (nothing is opened by mistake).
 */
final class OutsideEverySection implements RequestMatcher {

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final ApplicationContext context;

	/** The first segments of every mapping; null when every path may be a page. */
	private volatile Set<String> sections;

	private volatile boolean known;

	OutsideEverySection(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Set<String> all = sections();
		if (all == null) {
			return false;
		}
		// decoded, as the handler mappings read it: /%70ools/1 is /pools/1
		String path = PATHS.getPathWithinApplication(request);
		return !all.contains(firstSegment(path));
	}

	private Set<String> sections() {
		if (!this.known) {
			this.sections = readSections();
			this.known = true;
		}
		return this.sections;
	}

	private Set<String> readSections() {
		Set<String> found = new HashSet<>();
		Map<String, HandlerMapping> mappings = BeanFactoryUtils.beansOfTypeIncludingAncestors(this.context,
				HandlerMapping.class, true, false);
		for (HandlerMapping mapping : mappings.values()) {
			if (mapping instanceof RequestMappingInfoHandlerMapping methods) {
				methods.getHandlerMethods()
					.keySet()
					.forEach((info) -> found.addAll(firstSegments(info.getPatternValues())));
			}
			else if (mapping instanceof AbstractUrlHandlerMapping urls) {
				urls.getHandlerMap()
					.entrySet()
					.stream()
					.filter((entry) -> !(entry.getValue() instanceof ResourceHttpRequestHandler))
					.forEach((entry) -> found.addAll(firstSegments(Set.of(entry.getKey()))));
			}
			else if (mapping instanceof RouterFunctionMapping functions) {
				if (functions.getRouterFunction() != null) {
					return null;
				}
			}
			else {
				return null;
			}
		}
		return found.contains(null) ? null : Set.copyOf(found);
	}

	/** The first segments of these patterns; null for one that begins with a variable. */
	private static Set<String> firstSegments(Set<String> patterns) {
		Set<String> segments = new HashSet<>();
		for (String pattern : patterns) {
			String segment = firstSegment(pattern);
			segments.add(segment.contains("{") || segment.contains("*") || segment.contains("?") ? null : segment);
		}
		return segments;
	}

	static String firstSegment(String path) {
		String rest = path.startsWith("/") ? path.substring(1) : path;
		int end = rest.indexOf('/');
		return (end < 0) ? rest : rest.substring(0, end);
	}

}
