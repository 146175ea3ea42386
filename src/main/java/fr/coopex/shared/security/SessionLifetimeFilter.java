package fr.coopex.shared.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.coopex.shared.config.CoopexProperties;

/**
 * Ends any session older than the absolute lifetime
 * ({@code coopex.security.session-absolute-timeout}), however active it is; the idle
 * timeout is {@code spring.session.timeout}.
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {

	private final long maxAgeMillis;

	private final Clock clock;

	SessionLifetimeFilter(long maxAgeMillis, Clock clock) {
		this.maxAgeMillis = maxAgeMillis;
		this.clock = clock;
	}

	public static SessionLifetimeFilter of(java.time.Duration lifetime, Clock clock) {
		return new SessionLifetimeFilter(lifetime.toMillis(), clock);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis() - session.getCreationTime() > this.maxAgeMillis) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Runs after Spring Session's filter and before Spring Security's. */
		@Bean
		FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(CoopexProperties properties, Clock clock) {
			var registration = new FilterRegistrationBean<>(
					new SessionLifetimeFilter(properties.security().sessionAbsoluteTimeout().toMillis(), clock));
			registration.setOrder(-200);
			return registration;
		}

	}

}
