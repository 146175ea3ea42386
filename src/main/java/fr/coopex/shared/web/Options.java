package fr.coopex.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a long select (markets, sectors), rendered once to
 * HTML and reused: a select of 250 options costs a page a few milliseconds when a
 * template builds it element by element, and nothing when the HTML is kept. Marking the
 * chosen value is a string operation on the kept HTML.
 */
public final class Options {

	private final String html;

	private Options(String html) {
		this.html = html;
	}

	/** Options with the given values and labels, both escaped. */
	public static <T> Options of(List<T> items, Function<T, String> value, Function<T, String> label) {
		StringBuilder html = new StringBuilder(items.size() * 48);
		for (T item : items) {
			html.append("<option value=\"")
				.append(HtmlUtils.htmlEscape(value.apply(item), "UTF-8"))
				.append("\">")
				.append(HtmlUtils.htmlEscape(label.apply(item), "UTF-8"))
				.append("</option>");
		}
		return new Options(html.toString());
	}

	/**
	 * Options in groups ({@code <optgroup>}), each group's label and its options' values
	 * and labels escaped.
	 */
	public static <G, T> Options grouped(List<G> groups, Function<G, String> groupLabel, Function<G, List<T>> options,
			Function<T, String> value, Function<T, String> label) {
		StringBuilder html = new StringBuilder(groups.size() * 512);
		for (G group : groups) {
			html.append("<optgroup label=\"")
				.append(HtmlUtils.htmlEscape(groupLabel.apply(group), "UTF-8"))
				.append("\">");
			html.append(of(options.apply(group), value, label).html);
			html.append("</optgroup>");
		}
		return new Options(html.toString());
	}

	/** The options, none chosen. */
	public String html() {
		return this.html;
	}

	/**
	 * The options with {@code chosen} selected; unknown or blank values select nothing.
	 */
	public String html(String chosen) {
		if (chosen == null || chosen.isEmpty()) {
			return this.html;
		}
		String marker = "<option value=\"" + HtmlUtils.htmlEscape(chosen, "UTF-8") + "\">";
		int at = this.html.indexOf(marker);
		if (at < 0) {
			return this.html;
		}
		int end = at + marker.length() - 1;
		return this.html.substring(0, end) + " selected" + this.html.substring(end);
	}

}
