package fr.coopex.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
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

}
