package fr.coopex.aids.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The open-data API and its description: anonymous and read-only (GET only, no session,
 * no CSRF token needed since nothing changes), CORS open to any origin for GET, ETags on
 * every answer. The browsable description (Swagger UI) needs inline styles: its
 * Content-Security-Policy allows them, on its own paths only.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	static final String[] PATHS = { "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**" };

	static final String API_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, PATHS)
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.cors((cors) -> cors.configurationSource(corsSource()))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	private static UrlBasedCorsConfigurationSource corsSource() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(List.of("*"));
		cors.setAllowedMethods(List.of("GET", "HEAD"));
		cors.setAllowedHeaders(List.of("*"));
		cors.setExposedHeaders(List.of("ETag"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		return source;
	}

	/** ETags on the API: an unchanged answer costs a 304 and no body. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/*");
		registration.setName("apiEtags");
		return registration;
	}

	@Bean
	OpenAPI coopexOpenApi() {
		return new OpenAPI().info(new Info().title("Coopex — public export aids")
			.description("The catalogue of French and European public export aids published on Coopex: "
					+ "read-only, anonymous, paginated. Facts come from dated public sources; each aid gives them "
					+ "and the date they were last checked. Fields the sources do not give are null.")
			.version("1")
			.license(new License().name("Licence Ouverte / Etalab 2.0")
				.url("https://www.etalab.gouv.fr/licence-ouverte-open-licence")));
	}

}
