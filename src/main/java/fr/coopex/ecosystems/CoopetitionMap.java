package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.coopex.companies.CompanyCard;
import fr.coopex.ecosystems.Coopetition.Facts;
import fr.coopex.ecosystems.Coopetition.Reason;
import fr.coopex.ecosystems.Coopetition.Relation;

/**
 * Who competes and who complements whom among the members of an ecosystem, built only
 * from the fields the viewers may see (the rule is {@link Coopetition}). The picture
 * draws the companies grouped by activity (NAF class), a line for each related pair with
 * its reason; beyond {@value #COLLAPSE_ABOVE} members it draws the activities instead,
 * each with its number of members, and one line per relation between two activities, so
 * that two hundred members stay readable. The tables beside it hold the same facts.
 * <p>
 * A map is built once and read by every page that shows it, so what a page asks of it
 * (the counts, a company's pairs and group) is worked out when it is built.
 *
 * @param groups the activities, in NAF order
 * @param nodes the companies drawn (none on a collapsed map)
 * @param pairs every related pair, competitors first
 * @param edges the lines drawn
 * @param collapsed whether activities are drawn instead of companies
 * @param memberCount how many members the map is of
 * @param competingPairs how many pairs compete
 * @param complementaryPairs how many pairs complement each other
 * @param pairsByCompany the pairs each company is in
 * @param groupByCompany the group each company is in
 */
public record CoopetitionMap(List<Group> groups, List<Node> nodes, List<Pair> pairs, List<Edge> edges,
		boolean collapsed, int memberCount, long competingPairs, long complementaryPairs,
		Map<Long, List<Pair>> pairsByCompany, Map<Long, Integer> groupByCompany) {

	/** Beyond this many members, the picture draws activities instead of companies. */
	public static final int COLLAPSE_ABOVE = 30;

	/**
	 * Pairs listed at most in each table of a collapsed map on the ecosystem's page, the
	 * most telling first; the pairs page lists them all, page by page.
	 */
	public static final int MAX_PAIRS = 30;

	/** The picture's drawing area (a square); the viewBox leaves room for labels. */
	public static final double SIZE = 600;

	/** Members of one NAF class (empty: no visible class), where they are drawn. */
	public record Group(int index, String nafClass, List<Long> memberIds, List<String> members, double x, double y,
			double radius) {

		/** Its members compete with each other (same activity). */
		public boolean competing() {
			return !this.nafClass.isEmpty() && this.members.size() > 1;
		}

	}

	/** A company in the picture; its name is null when the viewers may not see it. */
	public record Node(long companyId, String name, String nafClass, double x, double y) {

		/** The first letters of the name, for the label under the dot. */
		public String shortName() {
			return this.name == null || this.name.length() <= 18 ? this.name : this.name.substring(0, 17) + "…";
		}

	}

	/** Two members and what relates them; {@code index} anchors its table row. */
	public record Pair(int index, long firstId, String first, long secondId, String second, Reason reason) {

		public Relation relation() {
			return this.reason.relation();
		}

		public boolean sameClass() {
			return this.reason.sameClass();
		}

		public Set<String> keywords() {
			return this.reason.keywords();
		}

		public Set<String> markets() {
			return this.reason.markets();
		}

		public boolean involves(long companyId) {
			return this.firstId == companyId || this.secondId == companyId;
		}

	}

	/**
	 * A line of the picture: one pair (its reason given), or on a collapsed map the pairs
	 * between two activities ({@code reason} null, {@code pairs} counted).
	 */
	public record Edge(String anchor, double x1, double y1, double x2, double y2, Relation relation, int pairs,
			Pair pair, String fromClass, String toClass) {

		public int width() {
			return this.pair != null ? 2 : 1 + Math.min(8, this.pairs);
		}

		public boolean competing() {
			return this.relation == Relation.COMPETE;
		}

	}

	public static CoopetitionMap of(Collection<CompanyCard> members) {
		return of(members, ActivityFits.Fits.NONE);
	}

	/**
	 * The map of these members, two of them complementary also when their activities fit
	 * together ({@link ActivityFits}).
	 */
	public static CoopetitionMap of(Collection<CompanyCard> members, ActivityFits.Fits fits) {
		List<CompanyCard> sorted = new ArrayList<>(members);
		sorted.sort(Comparator.comparing(CompanyCard::displayName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(CompanyCard::companyId));
		boolean collapsed = sorted.size() > COLLAPSE_ABOVE;
		Map<String, List<CompanyCard>> byClass = new java.util.TreeMap<>();
		for (CompanyCard card : sorted) {
			byClass.computeIfAbsent(classOf(card), (k) -> new ArrayList<>()).add(card);
		}
		MapLayout layout = new MapLayout(SIZE, byClass.size(), collapsed);
		List<Group> groups = new ArrayList<>();
		List<Node> nodes = new ArrayList<>();
		Map<String, Integer> groupOf = new LinkedHashMap<>();
		Map<Long, Node> nodeOf = new LinkedHashMap<>();
		for (var entry : byClass.entrySet()) {
			int index = groups.size();
			List<CompanyCard> cards = entry.getValue();
			double[] centre = layout.groupCentre(index);
			double radius = layout.groupRadius(cards.size());
			groups.add(new Group(index, entry.getKey(), cards.stream().map(CompanyCard::companyId).toList(),
					cards.stream().map(CompanyCard::displayName).toList(), centre[0], centre[1], radius));
			groupOf.put(entry.getKey(), index);
			for (int i = 0; !collapsed && i < cards.size(); i++) {
				double[] at = layout.memberPosition(centre, radius, i, cards.size());
				Node node = new Node(cards.get(i).companyId(), cards.get(i).displayName(), cards.get(i).nafClass(),
						at[0], at[1]);
				nodes.add(node);
				nodeOf.put(node.companyId(), node);
			}
		}
		List<Facts> facts = sorted.stream().map(Facts::of).toList();
		List<Pair> pairs = new ArrayList<>();
		for (int a = 0; a < sorted.size(); a++) {
			for (int b = a + 1; b < sorted.size(); b++) {
				Reason reason = Coopetition.between(facts.get(a), facts.get(b), fits);
				if (reason != null) {
					CompanyCard first = sorted.get(a);
					CompanyCard second = sorted.get(b);
					pairs.add(new Pair(0, first.companyId(), first.displayName(), second.companyId(),
							second.displayName(), reason));
				}
			}
		}
		pairs.sort(Comparator.comparing(Pair::relation)
			.thenComparing(Pair::first, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(Pair::second, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
		List<Pair> numbered = new ArrayList<>();
		for (Pair p : pairs) {
			numbered.add(new Pair(numbered.size(), p.firstId(), p.first(), p.secondId(), p.second(), p.reason()));
		}
		Map<Long, String> classes = new LinkedHashMap<>();
		sorted.forEach((card) -> classes.put(card.companyId(), classOf(card)));
		List<Edge> edges = collapsed ? groupEdges(numbered, groups, groupOf, classes) : pairEdges(numbered, nodeOf);
		Map<Long, List<Pair>> byCompany = new java.util.HashMap<>();
		for (Pair pair : numbered) {
			byCompany.computeIfAbsent(pair.firstId(), (id) -> new ArrayList<>()).add(pair);
			byCompany.computeIfAbsent(pair.secondId(), (id) -> new ArrayList<>()).add(pair);
		}
		byCompany.replaceAll((id, list) -> List.copyOf(list));
		Map<Long, Integer> groupByCompany = new java.util.HashMap<>();
		groups.forEach((group) -> group.memberIds().forEach((id) -> groupByCompany.put(id, group.index())));
		long competing = numbered.stream().filter((pair) -> pair.relation() == Relation.COMPETE).count();
		return new CoopetitionMap(List.copyOf(groups), List.copyOf(nodes), List.copyOf(numbered), List.copyOf(edges),
				collapsed, sorted.size(), competing, numbered.size() - competing, Map.copyOf(byCompany),
				Map.copyOf(groupByCompany));
	}

	private static List<Edge> pairEdges(List<Pair> pairs, Map<Long, Node> nodeOf) {
		List<Edge> edges = new ArrayList<>();
		for (Pair pair : pairs) {
			Node from = nodeOf.get(pair.firstId());
			Node to = nodeOf.get(pair.secondId());
			edges.add(new Edge("pair-" + pair.index(), from.x(), from.y(), to.x(), to.y(), pair.relation(), 1, pair,
					from.nafClass(), to.nafClass()));
		}
		return edges;
	}

	/** One line per relation between two activities, counting the pairs it stands for. */
	private static List<Edge> groupEdges(List<Pair> pairs, List<Group> groups, Map<String, Integer> groupOf,
			Map<Long, String> classes) {
		Map<String, int[]> counts = new java.util.TreeMap<>();
		for (Pair pair : pairs) {
			int from = groupOf.get(classes.get(pair.firstId()));
			int to = groupOf.get(classes.get(pair.secondId()));
			if (from != to) {
				String key = Math.min(from, to) + ":" + Math.max(from, to) + ":" + pair.relation();
				counts.computeIfAbsent(key, (k) -> new int[1])[0]++;
			}
		}
		List<Edge> edges = new ArrayList<>();
		counts.forEach((key, count) -> {
			String[] parts = key.split(":");
			Group from = groups.get(Integer.parseInt(parts[0]));
			Group to = groups.get(Integer.parseInt(parts[1]));
			edges.add(new Edge("group-link-" + edges.size(), from.x(), from.y(), to.x(), to.y(),
					Relation.valueOf(parts[2]), count[0], null, from.nafClass(), to.nafClass()));
		});
		return edges;
	}

	private static String classOf(CompanyCard card) {
		return card.nafClass() == null ? "" : card.nafClass();
	}

	/**
	 * The pairs of the table: all of them, or the first {@value #MAX_PAIRS} collapsed.
	 */
	public List<Pair> shownPairs() {
		return !this.collapsed || this.pairs.size() <= MAX_PAIRS ? this.pairs : this.pairs.subList(0, MAX_PAIRS);
	}

	public int hiddenPairs() {
		return this.pairs.size() - shownPairs().size();
	}

	/** The first pairs one company is in, for its table on a collapsed map. */
	public List<Pair> shownPairsOf(Long companyId) {
		List<Pair> own = pairsOf(companyId);
		return !this.collapsed || own.size() <= MAX_PAIRS ? own : own.subList(0, MAX_PAIRS);
	}

	public int hiddenPairsOf(Long companyId) {
		return pairsOf(companyId).size() - shownPairsOf(companyId).size();
	}

	/** Every pair one company is in (the viewer's own firm's, for its table). */
	public List<Pair> pairsOf(Long companyId) {
		return companyId == null ? List.of() : this.pairsByCompany.getOrDefault(companyId, List.of());
	}

	/** The group a company is in, or -1. */
	public int groupOf(Long companyId) {
		return companyId == null ? -1 : this.groupByCompany.getOrDefault(companyId, -1);
	}

	/** The picture's viewBox, with room around the drawing area for labels. */
	public String viewBox() {
		return "-70 -30 " + (int) (SIZE + 140) + " " + (int) (SIZE + 70);
	}

}
