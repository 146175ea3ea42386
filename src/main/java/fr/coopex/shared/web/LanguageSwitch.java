package fr.coopex.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Applies {@code ?lang=xx} when xx is a supported language; ignores anything else.
 */
final class LanguageSwitch implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang == null) {
			return true;
		}
		WebConfiguration.SUPPORTED_LOCALES.stream()
			.filter((locale) -> locale.getLanguage().equalsIgnoreCase(lang.trim()))
			.findFirst()
			.ifPresent((locale) -> {
				LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
				if (resolver != null) {
					resolver.setLocale(request, response, locale);
				}
			});
		return true;
	}

}
