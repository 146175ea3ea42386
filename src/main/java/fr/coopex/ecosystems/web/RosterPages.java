package fr.coopex.ecosystems.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.CoopetitionMaps.Roster;
import fr.coopex.shared.web.FragmentRenderer;

/**
 * The member list and coopetition map of each ecosystem as HTML, in each language. Every
 * member and coordinator sees the same roster
 * ({@link fr.coopex.ecosystems.CoopetitionMaps} builds one per ecosystem), so it is
 * rendered once per roster and language, and again only when the roster is rebuilt.
 */
@Component
class RosterPages {

	private static final int CAPACITY = 2_000;

	private static final Pattern INDENTATION = Pattern.compile(">\\s+<");

	private record Key(long ecosystemId, Locale locale) {
	}

	private record Rendered(Roster roster, String html) {
	}

	private final Map<Key, Rendered> pages = new ConcurrentHashMap<>();

	private final FragmentRenderer renderer;

	RosterPages(FragmentRenderer renderer) {
		this.renderer = renderer;
	}

	String html(long ecosystemId, Roster roster, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Key key = new Key(ecosystemId, locale);
		Rendered rendered = this.pages.get(key);
		if (rendered == null || rendered.roster() != roster) {
			String html = compact(this.renderer.render("ecosystems/roster", "roster",
					Map.of("members", roster.members(), "map", roster.map()), locale, request, response));
			rendered = new Rendered(roster, html);
			if (this.pages.size() >= CAPACITY) {
				this.pages.clear();
			}
			this.pages.put(key, rendered);
		}
		return rendered.html();
	}

	/**
	 * The roster without the template's indentation: a run of white space between two
	 * tags becomes one line break, which a browser shows the same (the roster has no
	 * {@code pre} or {@code textarea}). A quarter fewer characters to write on every
	 * page.
	 */
	static String compact(String html) {
		return INDENTATION.matcher(html).replaceAll(">\n<");
	}

}
