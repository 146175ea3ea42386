package fr.coopex.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What pages write from one cached piece of data (its texts in a reader's language, for
 * instance), held by that piece of data and so kept exactly as long as it is: data
 * computed again comes with an empty set of views, and a view is never older than what it
 * was written from. Used by the observatory's reports and the coopetition maps.
 */
public final class WrittenViews {

	/**
	 * More keys than this (sizes × languages...) are not kept: written at each request.
	 */
	private static final int MAXIMUM = 32;

	private final Map<Object, Object> views = new ConcurrentHashMap<>();

	/**
	 * The view under this key, written by {@code writer} the first time.
	 * @param key what the view depends on besides the reports (size class, language)
	 * @param type the view's type
	 * @param writer writes the view
	 */
	public <V> V get(Object key, Class<V> type, Supplier<V> writer) {
		Object view = this.views.get(key);
		if (view == null) {
			view = writer.get();
			if (this.views.size() < MAXIMUM) {
				this.views.putIfAbsent(key, view);
			}
		}
		return type.cast(view);
	}

}
