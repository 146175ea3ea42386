package fr.coopex.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The chosen language, kept in a cookie that is {@code Secure} whenever the page is
 * served over HTTPS (directly, or behind a proxy with
 * {@code server.forward-headers-strategy}), like every other cookie of the site.
 */
final class LanguageCookie implements LocaleContextResolver {

	private final CookieLocaleResolver plain;

	private final CookieLocaleResolver secure;

	LanguageCookie(CookieLocaleResolver plain, CookieLocaleResolver secure) {
		this.plain = plain;
		this.secure = secure;
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return this.plain.resolveLocaleContext(request);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		(request.isSecure() ? this.secure : this.plain).setLocaleContext(request, response, localeContext);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return this.plain.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		(request.isSecure() ? this.secure : this.plain).setLocale(request, response, locale);
	}

}
