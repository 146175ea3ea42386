package fr.coopex.shared.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;

/**
 * A stored session whose access time moves by steps of
 * {@link SessionStore#ACCESS_RESOLUTION}.
 */
final class StoredSession implements Session {

	private final Session stored;

	StoredSession(Session stored) {
		this.stored = stored;
	}

	/** The session of the JDBC repository. */
	Session stored() {
		return this.stored;
	}

	@Override
	public void setLastAccessedTime(Instant lastAccessedTime) {
		Instant recorded = this.stored.getLastAccessedTime();
		if (recorded == null || !lastAccessedTime.isBefore(recorded.plus(SessionStore.ACCESS_RESOLUTION))) {
			this.stored.setLastAccessedTime(lastAccessedTime);
		}
	}

	@Override
	public String getId() {
		return this.stored.getId();
	}

	@Override
	public String changeSessionId() {
		return this.stored.changeSessionId();
	}

	@Override
	public <T> T getAttribute(String attributeName) {
		return this.stored.getAttribute(attributeName);
	}

	@Override
	public Set<String> getAttributeNames() {
		return this.stored.getAttributeNames();
	}

	@Override
	public void setAttribute(String attributeName, Object attributeValue) {
		this.stored.setAttribute(attributeName, attributeValue);
	}

	@Override
	public void removeAttribute(String attributeName) {
		this.stored.removeAttribute(attributeName);
	}

	@Override
	public Instant getCreationTime() {
		return this.stored.getCreationTime();
	}

	@Override
	public Instant getLastAccessedTime() {
		return this.stored.getLastAccessedTime();
	}

	@Override
	public void setMaxInactiveInterval(Duration interval) {
		this.stored.setMaxInactiveInterval(interval);
	}

	@Override
	public Duration getMaxInactiveInterval() {
		return this.stored.getMaxInactiveInterval();
	}

	@Override
	public boolean isExpired() {
		return this.stored.isExpired();
	}

}
