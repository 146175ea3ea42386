package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.coopex.companies.CompanyCard;
import fr.coopex.ecosystems.Coopetition.Facts;
import fr.coopex.ecosystems.Coopetition.Reason;
import fr.coopex.ecosystems.Coopetition.Relation;
import fr.coopex.ecosystems.CoopetitionMap.Edge;
import fr.coopex.ecosystems.CoopetitionMap.Group;
import fr.coopex.ecosystems.CoopetitionMap.Node;
import fr.coopex.ecosystems.CoopetitionMap.Pair;

/** Builds the coopetition map of a set of members: its groups, dots, pairs and lines. */
final class CoopetitionMapBuilder {

	private CoopetitionMapBuilder() {
	}

	/** The map of these members, their activities that fit together counted. */
	static CoopetitionMap build(Collection<CompanyCard> members, ActivityFits.Fits fits) {
		List<CompanyCard> sorted = new ArrayList<>(members);
		sorted.sort(Comparator.comparing(CompanyCard::displayName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(CompanyCard::companyId));
		boolean collapsed = sorted.size() > CoopetitionMap.COLLAPSE_ABOVE;
		Map<String, List<CompanyCard>> byClass = new java.util.TreeMap<>();
		for (CompanyCard card : sorted) {
			byClass.computeIfAbsent(classOf(card), (k) -> new ArrayList<>()).add(card);
		}
		MapLayout layout = new MapLayout(CoopetitionMap.SIZE, byClass.size(), collapsed);
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

}
