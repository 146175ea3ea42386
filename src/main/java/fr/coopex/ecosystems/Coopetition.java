package fr.coopex.ecosystems;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import fr.coopex.companies.CompanyCard;
import fr.coopex.shared.web.Text;

/**
 * Who competes with whom and who complements whom, from what one viewer sees of two
 * companies (a field hidden from the viewer is empty on its card, so it never counts).
 * <ul>
 * <li>Two companies <b>compete</b> when they have the same NAF class, or when they share
 * a product keyword and a market (served or targeted).</li>
 * <li>They <b>complement</b> each other when they do not compete, work in different NAF
 * classes, and target a market in common (they could go there together) or work in
 * activities that fit together: companies of both classes already cooperate in several
 * Coopex ecosystems ({@link ActivityFits}).</li>
 * </ul>
 */
public final class Coopetition {

	private Coopetition() {
	}

	public enum Relation {

		COMPETE, COMPLEMENT

	}

	/**
	 * What relates two companies, and why: the same activity, the product keywords in
	 * common, the markets in common (all markets for competitors, targeted markets for
	 * complements), and for complements the activities that fit together ({@code fit}, or
	 * null).
	 */
	public record Reason(Relation relation, boolean sameClass, Set<String> keywords, Set<String> markets, Fit fit) {

		public Reason(Relation relation, boolean sameClass, Set<String> keywords, Set<String> markets) {
			this(relation, sameClass, keywords, markets, null);
		}

		public boolean competing() {
			return this.relation == Relation.COMPETE;
		}

		/**
		 * How many kinds of complementarity the reason holds (a targeted market in
		 * common, activities that fit together): a firm with both ranks above a firm with
		 * one.
		 */
		public int complementarities() {
			return (this.markets.isEmpty() ? 0 : 1) + (this.fit == null ? 0 : 1);
		}

	}

	/**
	 * Activities that fit together: companies of class {@code mine} (the first company's)
	 * and of class {@code theirs} cooperate in {@code ecosystems} Coopex ecosystems.
	 */
	public record Fit(String mine, String theirs, int ecosystems) {
	}

	/** What the rule compares of one company, worked out once. */
	public record Facts(long companyId, String nafClass, Set<String> keywords, Set<String> markets,
			Set<String> targeted) {

		public static Facts of(CompanyCard card) {
			return new Facts(card.companyId(), card.nafClass(), Coopetition.keywords(card.keywords()), card.markets(),
					card.marketsTargeted());
		}

	}

	/** The relation between two companies, or null when nothing relates them. */
	public static Reason between(Facts a, Facts b) {
		return between(a, b, ActivityFits.Fits.NONE);
	}

	/**
	 * The relation between two companies, or null when nothing relates them, counting the
	 * activities that fit together among the reasons to complement each other.
	 */
	public static Reason between(Facts a, Facts b, ActivityFits.Fits fits) {
		boolean sameClass = a.nafClass() != null && a.nafClass().equals(b.nafClass());
		Set<String> sharedKeywords = intersection(a.keywords(), b.keywords());
		Set<String> sharedMarkets = intersection(a.markets(), b.markets());
		if (sameClass || (!sharedKeywords.isEmpty() && !sharedMarkets.isEmpty())) {
			return new Reason(Relation.COMPETE, sameClass, sharedKeywords, sharedMarkets);
		}
		if (a.nafClass() == null || b.nafClass() == null) {
			return null;
		}
		Set<String> sharedTargets = intersection(a.targeted(), b.targeted());
		int together = fits.ecosystems(a.nafClass(), b.nafClass());
		Fit fit = together == 0 ? null : new Fit(a.nafClass(), b.nafClass(), together);
		return sharedTargets.isEmpty() && fit == null ? null
				: new Reason(Relation.COMPLEMENT, false, Set.of(), sharedTargets, fit);
	}

	/** The product keywords of a card, folded (accents, case) for comparison. */
	static Set<String> keywords(String keywords) {
		Set<String> words = new HashSet<>();
		if (keywords != null) {
			for (String word : keywords.split("[,;]")) {
				String folded = Text.fold(word);
				if (!folded.isBlank()) {
					words.add(folded.toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	/** The values in both, sorted; most pairs share nothing, which costs no new set. */
	static Set<String> intersection(Set<String> a, Set<String> b) {
		Set<String> shared = null;
		for (String value : a) {
			if (b.contains(value)) {
				if (shared == null) {
					shared = new TreeSet<>();
				}
				shared.add(value);
			}
		}
		return shared == null ? Set.of() : shared;
	}

}
