package fr.coopex.shared.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Renders one template fragment to a string, with the same engine, messages, beans and
 * links as a page: for the parts of pages that are the same for many viewers and costly
 * to build, which a module renders once and keeps.
 * <p>
 * DEPRECATED, FOR REMOVAL: only the ledger's pool pages ({@code PoolController}) still
 * use it, and their rewrite drops it; delete this class once that is merged. Every other
 * page renders its whole template and caches data through Spring's cache abstraction
 * ({@code shared.config.CacheConfiguration}).
 */
@Component
public class FragmentRenderer {

	private final ITemplateEngine engine;

	private final ApplicationContext context;

	private volatile JakartaServletWebApplication application;

	FragmentRenderer(ITemplateEngine engine, ApplicationContext context) {
		this.engine = engine;
		this.context = context;
	}

	public String render(String template, String fragment, Map<String, Object> variables, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		JakartaServletWebApplication web = this.application;
		if (web == null) {
			web = JakartaServletWebApplication.buildApplication(request.getServletContext());
			this.application = web;
		}
		Map<String, Object> all = new HashMap<>(variables);
		all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		WebContext webContext = new WebContext(web.buildExchange(request, response), locale, all);
		return this.engine.process(template, Set.of(fragment), webContext);
	}

}
