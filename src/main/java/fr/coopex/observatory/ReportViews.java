package fr.coopex.observatory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the pages write from one territory's reports (its tables in a reader's language,
 * for a size class), kept exactly as long as the reports themselves: recomputed reports
 * come with an empty set of views, so a view is never older than its figures.
 */
public final class ReportViews {

	/** Sizes × languages: more keys than this are not kept (written at each request). */
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
