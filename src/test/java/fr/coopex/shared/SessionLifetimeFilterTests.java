package fr.coopex.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import fr.coopex.shared.security.SessionLifetimeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However active a session is, it ends after its absolute lifetime.
 */
class SessionLifetimeFilterTests {

	private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

	private final SessionLifetimeFilter filter = SessionLifetimeFilter.of(Duration.ofHours(12),
			Clock.fixed(this.now, ZoneOffset.UTC));

	@Test
	void keepsASessionYoungerThanTheLifetime() throws Exception {
		MockHttpSession session = sessionCreatedAt(this.now.minus(Duration.ofHours(11)));
		run(session);
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void endsASessionOlderThanTheLifetime() throws Exception {
		MockHttpSession session = sessionCreatedAt(this.now.minus(Duration.ofHours(12).plusSeconds(1)));
		run(session);
		assertThat(session.isInvalid()).isTrue();
	}

	private MockHttpSession sessionCreatedAt(Instant created) {
		return new MockHttpSession() {
			@Override
			public long getCreationTime() {
				return created.toEpochMilli();
			}
		};
	}

	private void run(MockHttpSession session) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		this.filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
	}

}
