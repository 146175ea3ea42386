package fr.coopex.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Languages: French by default, English on request; {@code ?lang=en} switches and a
 * cookie keeps the choice.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	/** The languages the whole interface is written in, the default first. */
	public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("COOPEX_LANG");
		resolver.setDefaultLocale(Locale.FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

	/**
	 * Applies {@code ?lang=xx} when xx is a supported language; ignores anything else.
	 */
	static final class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if (lang == null) {
				return true;
			}
			SUPPORTED_LOCALES.stream()
				.filter((locale) -> locale.getLanguage().equalsIgnoreCase(lang.trim()))
				.findFirst()
				.ifPresent((locale) -> {
					LocaleResolver resolver = org.springframework.web.servlet.support.RequestContextUtils
						.getLocaleResolver(request);
					if (resolver != null) {
						resolver.setLocale(request, response, locale);
					}
				});
			return true;
		}

	}

}
