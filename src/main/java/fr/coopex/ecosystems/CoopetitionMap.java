package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.coopex.companies.CompanyCard;
import fr.coopex.shared.web.Text;

/**
 * Who competes and who complements whom among the members of an ecosystem, built only
 * from the fields the viewers may see.
 * <ul>
 * <li>Two members <b>compete</b> when they have the same NAF class, or when they share a
 * product keyword and a market.</li>
 * <li>Two members <b>complement</b> each other when they do not compete, work in
 * different NAF classes and target a market in common: they could go there together.</li>
 * </ul>
 * Members of one NAF class form a cluster (they all compete); the picture draws clusters,
 * and the links between clusters. The table lists every pair found, with its reasons.
 */
public record CoopetitionMap(List<Cluster> clusters, List<Pair> pairs, List<Link> links, int memberCount) {

	/** Pairs listed at most, the most telling first; the rest is counted. */
	public static final int MAX_PAIRS = 100;

	public enum Relation {

		COMPETE, COMPLEMENT

	}

	/** Members of one NAF class (or with no visible class). */
	public record Cluster(String nafClass, List<String> members, double x, double y, double radius) {
	}

	/** Two members and what relates them. */
	public record Pair(String first, String second, Relation relation, boolean sameClass, Set<String> keywords,
			Set<String> markets) {
	}

	/**
	 * A link between two clusters in the picture, with the number of pairs it stands for.
	 */
	public record Link(int from, int to, Relation relation, int pairs) {

		/** The line's width in the picture: thicker for more pairs, within bounds. */
		public int width() {
			return 1 + Math.min(8, this.pairs);
		}

		public boolean competing() {
			return this.relation == Relation.COMPETE;
		}

	}

	/** The picture's size (a square viewBox). */
	public static final double SIZE = 600;

	public static CoopetitionMap of(Collection<CompanyCard> members) {
		List<CompanyCard> sorted = new ArrayList<>(members);
		sorted.sort(Comparator.comparing(CompanyCard::displayName, String.CASE_INSENSITIVE_ORDER));
		Map<String, List<CompanyCard>> byClass = new LinkedHashMap<>();
		for (CompanyCard card : sorted) {
			byClass.computeIfAbsent(card.nafClass() == null ? "" : card.nafClass(), (k) -> new ArrayList<>()).add(card);
		}
		List<String> classes = new ArrayList<>(byClass.keySet());
		classes.sort(Comparator.naturalOrder());
		Map<String, Integer> clusterIndex = new LinkedHashMap<>();
		List<Cluster> clusters = new ArrayList<>();
		double centre = SIZE / 2;
		double ring = classes.size() == 1 ? 0 : SIZE / 2 - 70;
		for (int i = 0; i < classes.size(); i++) {
			String nafClass = classes.get(i);
			double angle = 2 * Math.PI * i / classes.size() - Math.PI / 2;
			List<String> names = byClass.get(nafClass).stream().map(CompanyCard::displayName).toList();
			clusters.add(new Cluster(nafClass, names, round(centre + ring * Math.cos(angle)),
					round(centre + ring * Math.sin(angle)), round(12 + 8 * Math.sqrt(names.size()))));
			clusterIndex.put(nafClass, i);
		}
		// what each pair compares, worked out once per member rather than once per pair
		List<Set<String>> keywords = sorted.stream().map(CoopetitionMap::keywords).toList();
		List<Set<String>> markets = sorted.stream().map(CompanyCard::markets).toList();
		List<String> nafClasses = sorted.stream().map(CompanyCard::nafClass).toList();
		List<Pair> pairs = new ArrayList<>();
		Map<String, int[]> linkCounts = new LinkedHashMap<>();
		for (int a = 0; a < sorted.size(); a++) {
			for (int b = a + 1; b < sorted.size(); b++) {
				CompanyCard first = sorted.get(a);
				CompanyCard second = sorted.get(b);
				String firstClass = nafClasses.get(a);
				String secondClass = nafClasses.get(b);
				boolean sameClass = firstClass != null && firstClass.equals(secondClass);
				Set<String> sharedKeywords = intersection(keywords.get(a), keywords.get(b));
				Set<String> sharedMarkets = intersection(markets.get(a), markets.get(b));
				Relation relation = null;
				if (sameClass || (!sharedKeywords.isEmpty() && !sharedMarkets.isEmpty())) {
					relation = Relation.COMPETE;
				}
				else {
					Set<String> sharedTargets = intersection(first.marketsTargeted(), second.marketsTargeted());
					if (!sharedTargets.isEmpty() && firstClass != null && secondClass != null) {
						relation = Relation.COMPLEMENT;
						sharedMarkets = sharedTargets;
					}
				}
				if (relation == null) {
					continue;
				}
				pairs.add(new Pair(first.displayName(), second.displayName(), relation, sameClass, sharedKeywords,
						sharedMarkets));
				int from = clusterIndex.get(firstClass == null ? "" : firstClass);
				int to = clusterIndex.get(secondClass == null ? "" : secondClass);
				if (from != to) {
					String key = Math.min(from, to) + ":" + Math.max(from, to) + ":" + relation;
					linkCounts.computeIfAbsent(key, (k) -> new int[1])[0]++;
				}
			}
		}
		List<Link> links = new ArrayList<>();
		linkCounts.forEach((key, count) -> {
			String[] parts = key.split(":");
			links.add(new Link(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Relation.valueOf(parts[2]),
					count[0]));
		});
		pairs.sort(Comparator.comparing(Pair::relation).thenComparing(Pair::first).thenComparing(Pair::second));
		return new CoopetitionMap(List.copyOf(clusters), List.copyOf(pairs), List.copyOf(links), sorted.size());
	}

	public List<Pair> shownPairs() {
		return this.pairs.size() <= MAX_PAIRS ? this.pairs : this.pairs.subList(0, MAX_PAIRS);
	}

	public int hiddenPairs() {
		return Math.max(0, this.pairs.size() - MAX_PAIRS);
	}

	public long competingPairs() {
		return count(Relation.COMPETE);
	}

	public long complementaryPairs() {
		return count(Relation.COMPLEMENT);
	}

	/** The picture's viewBox. */
	public String viewBox() {
		return "0 0 " + (int) SIZE + " " + (int) SIZE;
	}

	public long count(Relation relation) {
		return this.pairs.stream().filter((pair) -> pair.relation() == relation).count();
	}

	private static Set<String> keywords(CompanyCard card) {
		Set<String> words = new HashSet<>();
		if (card.keywords() != null) {
			for (String word : card.keywords().split("[,;]")) {
				String folded = Text.fold(word);
				if (!folded.isBlank()) {
					words.add(folded.toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	/** The values in both, sorted; most pairs share nothing, which costs no new set. */
	private static Set<String> intersection(Set<String> a, Set<String> b) {
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

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
