package fr.coopex.support;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;

/**
 * What the shared module gives the application, for an {@code @ApplicationModuleTest}
 * that bootstraps one module alone ({@code BootstrapMode.STANDALONE}): a clock fixed at
 * {@link Slices#NOW} and a cache manager. Import it next to
 * {@code @ContextConfiguration(initializers = TestDatabase.Initializer.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StandaloneModule {

	@Bean
	Clock clock() {
		return Clock.fixed(Slices.NOW, ZoneOffset.UTC);
	}

	@Bean
	CacheManager cacheManager() {
		return new ConcurrentMapCacheManager();
	}

}
