package fr.coopex.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import fr.coopex.shared.config.CacheConfiguration;

/**
 * Languages: French by default, English on request; {@code ?lang=en} switches and a
 * cookie keeps the choice.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	/** The languages the whole interface is written in, the default first. */
	public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private static final Duration STATIC_MAX_AGE = Duration.ofDays(7);

	private final CacheManager caches;

	WebConfiguration(CacheManager caches) {
		this.caches = caches;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageCookie(languageCookie(false), languageCookie(true));
	}

	private static CookieLocaleResolver languageCookie(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("COOPEX_LANG");
		resolver.setDefaultLocale(Locale.FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setCookieSecure(secure);
		return resolver;
	}

	/**
	 * The chosen language, kept in a cookie that is {@code Secure} whenever the page is
	 * served over HTTPS (directly, or behind a proxy with
	 * {@code server.forward-headers-strategy}), like every other cookie of the site.
	 */
	static final class LanguageCookie implements LocaleContextResolver {

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

	/**
	 * Static files, each folder under its own path, with a content hash in the URLs of
	 * stylesheets and scripts. Boot's default mapping
	 * ({@code spring.web.resources.add-mappings}, off in application.yml) serves
	 * {@code /**}: then every link a page renders ({@code @{/login}}...) is looked up on
	 * the classpath through the resource chain on every request, as misses are not
	 * cached, which costs most of the CPU of a page. What the chain resolves is cached in
	 * {@value CacheConfiguration#WEB_RESOURCES} (bounded, with metrics) rather than in
	 * the chain's own unbounded map.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = CacheControl.maxAge(STATIC_MAX_AGE);
		Cache resolved = this.caches.getCache(CacheConfiguration.WEB_RESOURCES);
		for (String folder : List.of("css", "js")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(cache)
				.resourceChain(true, resolved)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/images/**")
			.addResourceLocations("classpath:/static/images/")
			.setCacheControl(cache)
			.resourceChain(true, resolved);
		// The chain adds the WebJars resolver: /webjars/bootstrap/css/x.css gets its
		// version.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cache)
			.resourceChain(true, resolved);
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
