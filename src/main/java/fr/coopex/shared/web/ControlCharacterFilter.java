package fr.coopex.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses control characters at the edge, before anything reads a parameter (Spring
 * Security's sign-in included): a query parameter that holds one gets a 400; a posted
 * form goes on without them, the names of its fields that held one noted in
 * {@link #REFUSED_FIELDS}, so that the form shows its message next to the field
 * ({@link InputEdgeAdvice}) or, for an action with no form to show it, a 400. See
 * {@link ControlCharacters} for what is refused.
 */
public class ControlCharacterFilter extends OncePerRequestFilter {

	/**
	 * The request attribute naming the posted fields that held a refused character (a
	 * sorted {@code Set<String>}).
	 */
	public static final String REFUSED_FIELDS = ControlCharacterFilter.class.getName() + ".refused";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException ex) {
			// a multipart body that cannot be read (over the size limit...): whoever
			// reads
			// it next reports it
			chain.doFilter(request, response);
			return;
		}
		boolean form = isForm(request);
		Set<String> refused = new TreeSet<>();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (ControlCharacters.refused(parameter.getKey(), false)) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			for (String value : parameter.getValue()) {
				if (ControlCharacters.refused(value, form)) {
					refused.add(parameter.getKey());
				}
			}
		}
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
		}
		else if (!form || refusedInQuery(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}
		else {
			request.setAttribute(REFUSED_FIELDS, Collections.unmodifiableSet(refused));
			chain.doFilter(new Cleaned(request, parameters), response);
		}
	}

	/** A form is posted; anything else carries its parameters in the URL. */
	private static boolean isForm(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
	}

	/** A form's query string is not typed by the person: it is refused outright. */
	private static boolean refusedInQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return false;
		}
		String decoded;
		try {
			decoded = java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
		return ControlCharacters.refused(decoded.replace('&', ' '), false);
	}

	/** The request as its fields read once the refused characters are taken out. */
	private static final class Cleaned extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			parameters.forEach((name, values) -> {
				String[] kept = new String[values.length];
				for (int i = 0; i < values.length; i++) {
					kept[i] = ControlCharacters.strip(values[i], true);
				}
				cleaned.put(name, kept);
			});
			this.parameters = Collections.unmodifiableMap(cleaned);
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

	}

}
