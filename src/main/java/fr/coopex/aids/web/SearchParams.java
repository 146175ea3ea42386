package fr.coopex.aids.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidSearch;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.PaysFor;
import fr.coopex.companies.Region;
import fr.coopex.shared.web.Text;

/**
 * The search parameters of the catalogue page and of the API, read from the address. The
 * page ignores what it does not understand (and cuts an over-long text, saying so); the
 * API names it in a 400 answer.
 */
final class SearchParams {

	/** The longest search text taken. */
	static final int MAX_TEXT = 200;

	/** The largest page number accepted. */
	static final int MAX_PAGE = 1000;

	final AidSearch search;

	final boolean textCut;

	/** What was not understood, as "parameter: reason" (empty when all was). */
	final List<String> problems;

	private SearchParams(AidSearch search, boolean textCut, List<String> problems) {
		this.search = search;
		this.textCut = textCut;
		this.problems = problems;
	}

	static SearchParams read(String q, String operator, String kind, String paysFor, String region, String status,
			String soon, String mine, String sort, String page, int pageSize, Collection<String> operators) {
		return read(q, operator, kind, paysFor, region, status, soon, mine, null, sort, page, pageSize, operators);
	}

	/**
	 * @param unknown "true" to add, to the open aids, those whose status is to check
	 */
	static SearchParams read(String q, String operator, String kind, String paysFor, String region, String status,
			String soon, String mine, String unknown, String sort, String page, int pageSize,
			Collection<String> operators) {
		List<String> problems = new ArrayList<>();
		String text = Text.clean(q);
		boolean cut = false;
		if (text != null && text.length() > MAX_TEXT) {
			problems.add("q: longer than " + MAX_TEXT + " characters");
			text = text.substring(0, MAX_TEXT);
			cut = true;
		}
		String chosenOperator = Text.clean(operator);
		if (chosenOperator != null && !operators.contains(chosenOperator)) {
			problems.add("operator: no aid has this operator");
			chosenOperator = null;
		}
		String chosenRegion = Text.clean(region);
		if (chosenRegion != null && !AidSearch.NATIONAL.equals(chosenRegion)
				&& Arrays.stream(Region.values()).noneMatch((r) -> r.name().equals(region))) {
			problems.add("region: unknown region");
			chosenRegion = null;
		}
		int pageNumber = 1;
		if (Text.clean(page) != null) {
			try {
				pageNumber = Integer.parseInt(page.strip());
				if (pageNumber < 1 || pageNumber > MAX_PAGE) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				problems.add("page: not a page number between 1 and " + MAX_PAGE);
				pageNumber = 1;
			}
		}
		AidSearch search = new AidSearch(text, chosenOperator, parse(AidKind.class, "kind", kind, problems),
				parse(PaysFor.class, "paysFor", paysFor, problems), chosenRegion,
				parse(AidStatus.class, "status", status, problems), flag("soon", soon, problems),
				flag("mine", mine, problems), parse(AidSearch.Sort.class, "sort", sort, problems), pageNumber - 1,
				pageSize, flag("unknown", unknown, problems));
		return new SearchParams(search, cut, List.copyOf(problems));
	}

	private static boolean flag(String name, String value, List<String> problems) {
		String clean = Text.clean(value);
		if (clean == null || clean.equals("false")) {
			return false;
		}
		if (clean.equals("true")) {
			return true;
		}
		problems.add(name + ": true or false");
		return false;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name, String value, List<String> problems) {
		String clean = Text.clean(value);
		if (clean == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, clean);
		}
		catch (IllegalArgumentException ex) {
			problems.add(name + ": one of " + Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

}
