package fr.coopex.shared.security;

import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Who may reach which URL, how people sign in, and the headers of every response.
 * Object-level rules (this company, this ecosystem) are enforced by the modules'
 * services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

	/** No inline script or style anywhere: every script and stylesheet is a file. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * No page uses the camera, microphone, location, payment or other powerful browser
	 * features, nor lets an embedded frame use them.
	 */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
			+ "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
			+ "serial=(), usb=(), web-share=(), xr-spatial-tracking=()";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationSuccessHandler signInSuccessHandler,
			AuthenticationFailureHandler signInFailureHandler, SecurityContextRepository securityContextRepository,
			RequestCache requestCache, ApplicationContext application) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(SecurityPaths.PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/login/second-factor", "/login/second-factor/**")
			.hasAuthority(SecondFactorPending.AUTHORITY)
			.requestMatchers(org.springframework.http.HttpMethod.GET, SecurityPaths.PUBLIC_READS)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/account/company", "/account/company/**")
			.hasRole("MEMBER")
			.requestMatchers("/actuator/metrics", "/actuator/metrics/**")
			.access(AccessRules.localOrAdmin())
			.requestMatchers("/actuator/**")
			.denyAll()
			// no page answers there: the styled 404 for everyone, visitors included
			.requestMatchers(new OutsideEverySection(application))
			.permitAll()
			.anyRequest()
			.hasAnyRole(SecurityPaths.SIGNED_IN))
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(signInSuccessHandler)
				.failureHandler(signInFailureHandler)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout").permitAll())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityPaths.ONE_CLICK_UNSUBSCRIBE))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(AccessRules.accessDeniedHandler()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frame) -> frame.deny()))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		return http.build();
	}

	/**
	 * The page a visitor asked for before being sent to sign in, kept in a cookie rather
	 * than in a session: no session exists before a page needs one for its form's CSRF
	 * token. Only a path of this site is ever read back from it.
	 */
	@Bean
	RequestCache requestCache() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
		return cache;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * Accepts only what Coopex stores: Argon2id at OWASP's parameters for new hashes,
	 * bcrypt (cost 12) for reading. Unlike the factory's encoder it never accepts {noop}
	 * or {MD5}.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
				"bcrypt", new BCryptPasswordEncoder(12));
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

	/**
	 * No observation of each security filter and authorisation decision: they are not
	 * exported anywhere, and wrapping each of the fifteen filters of every request costs
	 * more than the page's own work. Refused accesses still reach the audit trail through
	 * the events below; request metrics stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Refused accesses become events, which the audit trail records. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
