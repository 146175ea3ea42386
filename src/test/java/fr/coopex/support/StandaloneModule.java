package fr.coopex.support;

import java.time.Clock;
import java.time.ZoneOffset;

import java.lang.reflect.Constructor;

import org.flywaydb.core.api.migration.JavaMigration;
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

	@Bean
	JavaMigration companiesSearchWordsMigration() {
		return companiesV100();
	}

	/**
	 * The companies module's V100 is a Java migration declared as a bean of that module:
	 * a module bootstrapped alone must still resolve it, or Flyway refuses a database
	 * where it was applied.
	 */
	public static JavaMigration companiesV100() {
		try {
			Constructor<?> constructor = Class.forName("fr.coopex.companies.SearchWordsMigration")
				.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (JavaMigration) constructor.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The companies module's V100 migration is missing", ex);
		}
	}

}
