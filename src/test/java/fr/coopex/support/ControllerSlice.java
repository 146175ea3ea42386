package fr.coopex.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fr.coopex.accounts.SignInFlow;
import fr.coopex.notifications.NotificationCenter;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.config.DemoNotice;
import fr.coopex.shared.money.MoneyFormat;
import fr.coopex.shared.web.Dates;
import fr.coopex.shared.security.SecurityConfiguration;

/**
 * What every {@code @WebMvcTest} slice of Coopex needs besides its controller and the
 * services it mocks: the project's own security rules (URL rules, CSRF, headers), the
 * sign-in handlers, the unread-notifications count and the demo banner of the layout as
 * mocks, the formatters templates call by bean name ({@code @money}, {@code @dates}), a
 * cache manager for the static resources, and a fixed clock. Put it next to
 * {@code @WebMvcTest(SomeController.class)}; sign people in with {@link Slices}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ SecurityConfiguration.class, ControllerSlice.Beans.class, MoneyFormat.class, Dates.class })
@MockitoBean(types = { SignInFlow.class, NotificationCenter.class })
@MockitoBean(name = "demoNotice", types = DemoNotice.class)
public @interface ControllerSlice {

	/** The few infrastructure beans the web configuration asks for. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ CoopexProperties.class, MultipartProperties.class })
	class Beans {

		@Bean
		CacheManager cacheManager() {
			return new NoOpCacheManager();
		}

		/**
		 * The platform's clock, fixed at {@link Slices#NOW}: date windows are checked
		 * against it.
		 */
		@Bean
		Clock clock() {
			return Clock.fixed(Slices.NOW, ZoneOffset.UTC);
		}

	}

}
