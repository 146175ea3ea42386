package fr.coopex.shared.config;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.coopex.companies.Markets;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caches are the ones {@link CacheConfiguration} declares, with their statistics on
 * {@code /actuator/metrics}, which only the machine itself and platform admins read.
 */
@IntegrationTest
class CachingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CacheManager caches;

	@Autowired
	Markets markets;

	@Autowired
	Fixtures fixtures;

	/** A request from another machine. */
	private static final RequestPostProcessor FROM_ELSEWHERE = (request) -> {
		request.setRemoteAddr("203.0.113.7");
		return request;
	};

	@Test
	void everyDeclaredCacheExistsAndNoOtherIsMadeOnTheFly() {
		for (CacheSpec spec : CacheSpec.ALL) {
			assertThat(this.caches.getCache(spec.name())).as(spec.name()).isNotNull();
		}
		assertThat(this.caches.getCache("not-declared")).isNull();
	}

	@Test
	void aCachedReadIsServedFromTheCacheAndCountedInTheMetrics() throws Exception {
		assertThat(this.markets.all(Locale.ENGLISH)).isSameAs(this.markets.all(Locale.ENGLISH));
		this.mvc.perform(get("/actuator/metrics/cache.gets").param("tag", "cache:markets").param("tag", "result:hit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"name\":\"cache.gets\"")));
		this.mvc.perform(get("/actuator/metrics/cache.size").param("tag", "cache:" + CacheConfiguration.NEIGHBOURS))
			.andExpect(status().isOk());
	}

	@Test
	void metricsAreReadFromTheMachineItselfOrByAnAdmin() throws Exception {
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics").with(FROM_ELSEWHERE))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		this.mvc.perform(get("/actuator/metrics").with(FROM_ELSEWHERE).with(user(this.fixtures.user(Role.MEMBER))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/actuator/metrics/cache.gets").with(FROM_ELSEWHERE)
				.with(user(this.fixtures.user(Role.COORDINATOR))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/metrics").with(FROM_ELSEWHERE).with(user(this.fixtures.user(Role.ADMIN))))
			.andExpect(status().isOk());
		// the other endpoints stay closed, even from the machine itself
		this.mvc.perform(get("/actuator/env").with(user(this.fixtures.user(Role.ADMIN))))
			.andExpect(status().isForbidden());
	}

}
