package fr.coopex.aids.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import fr.coopex.aids.AidSearch;

/**
 * The addresses of the catalogue page from the current search: the same search with one
 * facet set or removed, or another page. The address holds the whole state of the page,
 * so a link reproduces it.
 */
public final class SearchLinks {

	private final String path;

	private final Map<String, String> params = new LinkedHashMap<>();

	SearchLinks(String path, AidSearch search) {
		this.path = path;
		put("q", search.text());
		put("operator", search.operator());
		put("kind", search.kind() == null ? null : search.kind().name());
		put("paysFor", search.paysFor() == null ? null : search.paysFor().name());
		put("region", search.region());
		put("status", search.status() == null ? null : search.status().name());
		put("unknown", search.includeUnknown() ? "true" : null);
		put("soon", search.closingSoon() ? "true" : null);
		put("mine", search.forMyCompany() ? "true" : null);
		put("sort", search.sort() == AidSearch.Sort.RELEVANCE ? null : search.sort().name());
	}

	/** This search with {@code name} set to {@code value}, from its first page. */
	public String with(String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(this.params);
		changed.put(name, value);
		return build(changed, 0);
	}

	/** This search without {@code name}, from its first page. */
	public String without(String name) {
		Map<String, String> changed = new LinkedHashMap<>(this.params);
		changed.remove(name);
		return build(changed, 0);
	}

	/** This search without {@code name} nor {@code also}, from its first page. */
	public String without(String name, String also) {
		Map<String, String> changed = new LinkedHashMap<>(this.params);
		changed.remove(name);
		changed.remove(also);
		return build(changed, 0);
	}

	/** Whether any facet is chosen (beyond the words and the order). */
	public boolean hasFilters() {
		return this.params.keySet().stream().anyMatch((name) -> !name.equals("q") && !name.equals("sort"));
	}

	/** The same words and order, without any facet. */
	public String withoutFilters() {
		Map<String, String> kept = new LinkedHashMap<>();
		this.params.forEach((name, value) -> {
			if (name.equals("q") || name.equals("sort")) {
				kept.put(name, value);
			}
		});
		return build(kept, 0);
	}

	/** This search, page {@code index} (from 0). */
	public String page(int index) {
		return build(this.params, index);
	}

	/** The value of a parameter of this search, or null. */
	public String value(String name) {
		return this.params.get(name);
	}

	/** The parameters of this search, for hidden fields of the search form. */
	public Map<String, String> params() {
		return this.params;
	}

	private void put(String name, String value) {
		if (value != null && !value.isBlank()) {
			this.params.put(name, value);
		}
	}

	private String build(Map<String, String> values, int page) {
		StringJoiner query = new StringJoiner("&");
		values.forEach((name, value) -> {
			if (value != null) {
				query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		if (page > 0) {
			query.add("page=" + (page + 1));
		}
		return query.length() == 0 ? this.path : this.path + "?" + query;
	}

}
