package fr.coopex.shared.config;

import java.io.IOException;
import java.nio.ByteBuffer;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How sessions are stored, tuned for a session read on every request: access times
 * written by steps ({@link SessionStore}), and the signed-in person's security context
 * not deserialised again while its stored bytes are unchanged.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor sessionStoreWrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository jdbc) ? new SessionStore(jdbc) : bean;
			}
		};
	}

	/**
	 * Outside every other filter, Spring Session's included: each request starts and ends
	 * with no session remembered by {@link SessionStore}.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionStoreRequestScope() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected boolean shouldNotFilterErrorDispatch() {
						return false;
					}

					@Override
					protected boolean shouldNotFilterAsyncDispatch() {
						return false;
					}

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						SessionStore.forgetFound();
						try {
							chain.doFilter(request, response);
						}
						finally {
							SessionStore.forgetFound();
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("sessionStoreRequestScope");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/** Used by Spring Session to turn attributes into bytes and back. */
	@Bean
	ConversionService springSessionConversionService(CacheManager caches) {
		GenericConversionService conversions = new GenericConversionService();
		SerializingConverter serializer = new SerializingConverter();
		DeserializingConverter deserializer = new DeserializingConverter(getClass().getClassLoader());
		SecurityContexts contexts = new SecurityContexts(caches.getCache(CacheConfiguration.SECURITY_CONTEXTS));
		conversions.addConverter(Object.class, byte[].class, serializer::convert);
		conversions.addConverter(byte[].class, Object.class, (bytes) -> contexts.read(bytes, deserializer));
		return conversions;
	}

	/**
	 * Recently read security contexts by their stored bytes, cached
	 * ({@value CacheConfiguration#SECURITY_CONTEXTS}). The authentication inside is
	 * immutable once signed in; each read gets its own context holding it, so that a
	 * sign-out clearing its context touches no other request.
	 */
	static final class SecurityContexts {

		private final Cache known;

		SecurityContexts(Cache known) {
			this.known = known;
		}

		Object read(byte[] bytes, DeserializingConverter deserializer) {
			Authentication authentication = this.known.get(ByteBuffer.wrap(bytes), Authentication.class);
			if (authentication != null) {
				return new SecurityContextImpl(authentication);
			}
			Object value = deserializer.convert(bytes);
			if (value instanceof SecurityContextImpl context && context.getAuthentication() != null
					&& context.getAuthentication().isAuthenticated()) {
				this.known.put(ByteBuffer.wrap(bytes.clone()), context.getAuthentication());
			}
			return value;
		}

	}

}
