package fr.coopex.shared.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole platform, so that time-dependent rules can be tested.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** Where people are: times are stored in UTC and shown in this zone. */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
