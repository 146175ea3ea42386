package fr.coopex.ecosystems;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.coopex.companies.CompanyCard;
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
		return CoopetitionMapBuilder.build(members, fits);
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
