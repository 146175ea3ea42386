package fr.coopex.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Parts of pages kept as rendered HTML, by region (a module's list, a catalogue's
 * results): what many viewers see alike and changes far less often than it is read.
 * <p>
 * A module asks for a part with a key that holds everything the part depends on (the
 * filters, the page, the language, the day) and a renderer called on a miss. When its
 * data changes, the module calls {@link #invalidate(String)} after the change commits,
 * and every part of the region is rendered again on its next read. A part is also
 * rendered again once older than {@link #MAX_AGE_NANOS}, so that a change committed by
 * another instance shows within that time; one request renders it while the others still
 * get the part it replaces. Each region keeps at most {@link #CAPACITY} parts.
 * <p>
 * When the key is the data itself ({@link #byValue}), a part is never out of date and is
 * kept until the region is full.
 * <p>
 * DEPRECATED, FOR REMOVAL: only the ledger's pool pages ({@code PoolController}) still
 * use it, and their rewrite drops it; delete this class once that is merged. Every other
 * page renders its whole template and caches data through Spring's cache abstraction
 * ({@code shared.config.CacheConfiguration}).
 */
@Component
public class RenderedFragments {

	/** How long another instance's change may take to show: 5 seconds. */
	static final long MAX_AGE_NANOS = 5_000_000_000L;

	static final int CAPACITY = 2_000;

	private record Part(String html, long generation, long renderedAt, AtomicBoolean refreshing) {

		Part(String html, long generation, long renderedAt) {
			this(html, generation, renderedAt, new AtomicBoolean());
		}

	}

	private static final class Region {

		final AtomicLong generation = new AtomicLong();

		final Map<Object, Part> parts = new ConcurrentHashMap<>();

	}

	private final Map<String, Region> regions = new ConcurrentHashMap<>();

	/**
	 * The part of {@code region} for {@code key}, rendered by {@code render} when it is
	 * missing, out of date or too old.
	 * @param key a value with equals and hashCode (a record) holding everything the part
	 * depends on
	 */
	public String html(String region, Object key, Supplier<String> render) {
		return part(region, key, render, MAX_AGE_NANOS);
	}

	/**
	 * The part of {@code region} for {@code key}, where the key holds all the data the
	 * part shows (the rows of a table, a split's input): the same key always renders the
	 * same part, which is kept as long as there is room.
	 */
	public String byValue(String region, Object key, Supplier<String> render) {
		return part(region, key, render, Long.MAX_VALUE);
	}

	private String part(String region, Object key, Supplier<String> render, long maxAge) {
		Region kept = this.regions.computeIfAbsent(region, (r) -> new Region());
		long generation = kept.generation.get();
		long now = System.nanoTime();
		Part part = kept.parts.get(key);
		if (part != null && part.generation() == generation
				&& (now - part.renderedAt() < maxAge || !part.refreshing().compareAndSet(false, true))) {
			return part.html();
		}
		String html = render.get();
		if (kept.parts.size() >= CAPACITY) {
			kept.parts.clear();
		}
		kept.parts.put(key, new Part(html, generation, now));
		return html;
	}

	/** Forgets every part of {@code region}: its data changed. */
	public void invalidate(String region) {
		Region kept = this.regions.get(region);
		if (kept != null) {
			kept.generation.incrementAndGet();
			kept.parts.clear();
		}
	}

}
