package fr.coopex.shared.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session repository as requests use it: the JDBC repository, except that a request
 * records its access in the database only when the recorded one is at least
 * {@link #ACCESS_RESOLUTION} old. Without this, every page view of a signed-in person
 * rewrites the session row, and that write costs more than the page. The idle timeout
 * therefore runs from an access at most that long before the last one: a session idle for
 * the configured timeout may end up to {@link #ACCESS_RESOLUTION} early, never late.
 * Attribute changes (sign-in, CSRF token, ...) are written at once as before.
 * <p>
 * A session found is also remembered until the request ends ({@link #forgetFound}, called
 * by {@link SessionStoreConfiguration}'s outermost filter): Spring Session's filter looks
 * the requested session up again when it commits the session a second time, after a
 * response that was committed before the request ended (any page longer than the response
 * buffer, any download), which cost a second read of the session per request.
 */
final class SessionStore implements FindByIndexNameSessionRepository<StoredSession> {

	static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);

	/**
	 * The JDBC repository, seen through the public type of its (package-private)
	 * sessions.
	 */
	private final FindByIndexNameSessionRepository<Session> jdbc;

	@SuppressWarnings("unchecked")
	SessionStore(JdbcIndexedSessionRepository jdbc) {
		this.jdbc = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
	}

	@Override
	public StoredSession createSession() {
		return new StoredSession(this.jdbc.createSession());
	}

	@Override
	public void save(StoredSession session) {
		this.jdbc.save(session.stored());
	}

	/** The session found during the current request on this thread. */
	private static final ThreadLocal<StoredSession> FOUND = new ThreadLocal<>();

	@Override
	public StoredSession findById(String id) {
		StoredSession known = FOUND.get();
		// the session's id changes at sign-in: then the old id is looked up again
		if (known != null && known.getId().equals(id)) {
			return known;
		}
		Session found = this.jdbc.findById(id);
		StoredSession session = (found != null) ? new StoredSession(found) : null;
		FOUND.set(session);
		return session;
	}

	@Override
	public void deleteById(String id) {
		FOUND.remove();
		this.jdbc.deleteById(id);
	}

	/** Ends the current request's memory of the session it found. */
	static void forgetFound() {
		FOUND.remove();
	}

	@Override
	public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, StoredSession> sessions = new LinkedHashMap<>();
		this.jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new StoredSession(session)));
		return sessions;
	}

}
