package fr.coopex.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * An end-to-end test on the real application, PostgreSQL and SMTP. Every class so
 * annotated shares one Spring context and one database: no {@code @DirtiesContext}, no
 * per-class mocks or properties. Tests create their own data with unique names
 * ({@link Fixtures}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
