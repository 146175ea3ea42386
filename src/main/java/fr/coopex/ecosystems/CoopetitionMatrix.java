package fr.coopex.ecosystems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.coopex.ecosystems.Coopetition.Relation;

/**
 * Members × members: how each member relates to each other one, the coordinator's view of
 * the coopetition map (the same pairs, as a grid). A cell is null where nothing relates
 * two members, and on the diagonal.
 */
public record CoopetitionMatrix(List<Row> rows) {

	/** One member (name null when not visible) and its relation to every member. */
	public record Row(long companyId, String name, String nafClass, List<Relation> cells) {
	}

	static CoopetitionMatrix of(CoopetitionMap map) {
		List<Long> order = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> classes = new ArrayList<>();
		for (CoopetitionMap.Group group : map.groups()) {
			for (int i = 0; i < group.memberIds().size(); i++) {
				order.add(group.memberIds().get(i));
				names.add(group.members().get(i));
				classes.add(group.nafClass());
			}
		}
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			index.put(order.get(i), i);
		}
		Relation[][] grid = new Relation[order.size()][order.size()];
		for (CoopetitionMap.Pair pair : map.pairs()) {
			int a = index.get(pair.firstId());
			int b = index.get(pair.secondId());
			grid[a][b] = pair.relation();
			grid[b][a] = pair.relation();
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			rows.add(new Row(order.get(i), names.get(i), classes.get(i), java.util.Arrays.asList(grid[i])));
		}
		return new CoopetitionMatrix(List.copyOf(rows));
	}

}
