package fr.coopex.ecosystems.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.ecosystems.Coopetition.Fit;
import fr.coopex.ecosystems.Coopetition.Relation;
import fr.coopex.ecosystems.CoopetitionMap;
import fr.coopex.ecosystems.CoopetitionMap.Edge;
import fr.coopex.ecosystems.CoopetitionMap.Group;
import fr.coopex.ecosystems.CoopetitionMap.Node;
import fr.coopex.ecosystems.CoopetitionMap.Pair;
import fr.coopex.ecosystems.EcosystemDetail;

/**
 * The words of one coopetition map in one reader's language: the line and dot labels,
 * each group's members, each pair's names and reason, and the roster's role and region of
 * each member. The map of two hundred members has some twenty thousand pairs, and writing
 * each reason in the template (a message per part, market names, activity labels) cost
 * more than the rest of the page; here each is written once, the lines and groups when
 * the texts are made, a pair's reason the first time a page shows it. The texts are kept
 * with the map they were written from
 * ({@link fr.coopex.ecosystems.CoopetitionMaps.Roster#views()}), so they are never older
 * than it. The viewer's own firm is marked by the template.
 */
public final class MapTexts {

	/** A part of a reason, and the class that marks it (or null). */
	public record Part(String text, String css) {
	}

	/**
	 * A member's row of the roster.
	 *
	 * @param role its role, named
	 * @param region its region, named, or a dash
	 */
	public record MemberRow(String role, String region) {
	}

	/**
	 * A dot of the map (a company) or a disc (an activity, collapsed map).
	 *
	 * @param label the name shown to screen readers, without the viewer's mark
	 * @param title the hover text
	 * @param text the text under it, without the viewer's star
	 */
	public record Mark(String label, String title, String text) {
	}

	private final MessageSource messages;

	private final Markets markets;

	private final NafCatalogue naf;

	private final Locale locale;

	private final String summary;

	private final String collapsedNote;

	private final String anonymousUnknown;

	private final String own;

	private final String ownGroup;

	private final String noClass;

	private final Map<Relation, String> relations = new EnumMap<>(Relation.class);

	private final Map<String, String> edgeLabels = new HashMap<>();

	private final List<Mark> groupMarks = new ArrayList<>();

	private final List<String> groupLabels = new ArrayList<>();

	private final List<String> groupMembers = new ArrayList<>();

	private final Map<Long, Mark> nodeMarks = new HashMap<>();

	private final Map<Integer, String> pairNames = new ConcurrentHashMap<>();

	private final Map<Integer, List<Part>> whys = new ConcurrentHashMap<>();

	private final Map<Long, MemberRow> members = new ConcurrentHashMap<>();

	MapTexts(CoopetitionMap map, MessageSource messages, Markets markets, NafCatalogue naf, Locale locale) {
		this.messages = messages;
		this.markets = markets;
		this.naf = naf;
		this.locale = locale;
		this.summary = text("ecosystems.map.summary", map.competingPairs(), map.complementaryPairs());
		this.collapsedNote = text("coopetition.map.collapsed", map.memberCount());
		this.anonymousUnknown = anonymous("?");
		this.own = text("coopetition.map.own");
		this.ownGroup = text("coopetition.map.own-group");
		this.noClass = text("ecosystems.map.no-class");
		for (Relation relation : Relation.values()) {
			this.relations.put(relation, text("ecosystems.map.relation." + relation.name()));
		}
		for (Group group : map.groups()) {
			String label = group.nafClass().isEmpty() ? this.noClass : group.nafClass();
			String title = text("coopetition.map.group", label, group.members().size());
			this.groupMarks.add(new Mark(title, title, label + " (" + group.members().size() + ")"));
			this.groupLabels.add(label);
			String anonymousMember = anonymous(group.nafClass().isEmpty() ? "?" : group.nafClass());
			this.groupMembers.add(String.join(", ",
					group.members().stream().map((name) -> (name != null) ? name : anonymousMember).toList()));
		}
		for (Node node : map.nodes()) {
			String label = (node.name() != null) ? node.name()
					: anonymous((node.nafClass() != null) ? node.nafClass() : "?");
			String shown = (node.shortName() != null) ? node.shortName() : label;
			this.nodeMarks.put(node.companyId(),
					new Mark(label + " (" + ((node.nafClass() != null) ? node.nafClass() : this.noClass) + ")",
							label + " (" + ((node.nafClass() != null) ? node.nafClass() : "?") + ")", shown));
		}
		for (Edge edge : map.edges()) {
			this.edgeLabels.put(edge.anchor(), edgeLabel(edge));
		}
	}

	/** A member's role and region, named for the reader. */
	public MemberRow member(EcosystemDetail.Member member) {
		return this.members.computeIfAbsent(member.companyId(),
				(id) -> new MemberRow(text("ecosystems.role." + member.role().name()),
						(member.company().region() != null)
								? text("companies.region." + member.company().region().name()) : "—"));
	}

	/** How many pairs compete and complement each other. */
	public String summary() {
		return this.summary;
	}

	/** Why the map draws activities rather than companies. */
	public String collapsedNote() {
		return this.collapsedNote;
	}

	/** "(your firm)", added to the viewer's own dot. */
	public String own() {
		return this.own;
	}

	/** "(your firm is among them)", added to the viewer's activity. */
	public String ownGroup() {
		return this.ownGroup;
	}

	/** A relation's name. */
	public String relation(Relation relation) {
		return this.relations.get(relation);
	}

	/** What a line stands for, for its focus, hover and screen readers. */
	public String edge(Edge edge) {
		return this.edgeLabels.get(edge.anchor());
	}

	/** A disc of the collapsed map. */
	public Mark group(Group group) {
		return this.groupMarks.get(group.index());
	}

	/** An activity's name in the tables (its NAF class, or "not shared"). */
	public String groupLabel(Group group) {
		return this.groupLabels.get(group.index());
	}

	/** An activity's members, named as the viewers may see them. */
	public String groupMembers(Group group) {
		return this.groupMembers.get(group.index());
	}

	/** A dot of the map. */
	public Mark node(Node node) {
		return this.nodeMarks.get(node.companyId());
	}

	/** "A — B", each named as the viewers may see it. */
	public String names(Pair pair) {
		return this.pairNames.computeIfAbsent(pair.index(),
				(index) -> name(pair.first()) + " — " + name(pair.second()));
	}

	/** The other firm of one of the viewer's pairs. */
	public String other(Pair pair, Long viewer) {
		return name((viewer != null && pair.firstId() == viewer) ? pair.second() : pair.first());
	}

	/**
	 * A pair's reason, in parts (the same activity, the products and markets in common,
	 * the activities that fit together with their NAF labels), to place one after the
	 * other.
	 */
	public List<Part> why(Pair pair) {
		return this.whys.computeIfAbsent(pair.index(), (index) -> {
			List<Part> parts = new ArrayList<>(4);
			if (pair.sameClass()) {
				parts.add(new Part(text("ecosystems.map.why.same-class"), null));
			}
			if (!pair.keywords().isEmpty()) {
				parts.add(new Part(text("ecosystems.map.why.keywords", String.join(", ", pair.keywords())), null));
			}
			if (!pair.markets().isEmpty()) {
				parts.add(new Part(text("ecosystems.map.why.markets",
						String.join(", ", this.markets.names(pair.markets(), this.locale))), null));
			}
			Fit fit = pair.reason().fit();
			if (fit != null) {
				parts.add(new Part(
						text("coopetition.why.fit", labelled(fit.mine()), labelled(fit.theirs()), fit.ecosystems()),
						"activity-fit"));
			}
			return List.copyOf(parts);
		});
	}

	/**
	 * A line's words: the pair and its relation, then its reason (or, between two
	 * activities, the pairs counted).
	 */
	private String edgeLabel(Edge edge) {
		String relation = relation(edge.relation());
		Pair pair = edge.pair();
		if (pair == null) {
			return text("coopetition.map.group-link", (edge.fromClass() != null) ? edge.fromClass() : "?",
					(edge.toClass() != null) ? edge.toClass() : "?", relation, edge.pairs());
		}
		List<String> words = new ArrayList<>();
		words.add(text("coopetition.map.link",
				(pair.first() != null) ? pair.first() : anonymous((edge.fromClass() != null) ? edge.fromClass() : "?"),
				(pair.second() != null) ? pair.second() : anonymous((edge.toClass() != null) ? edge.toClass() : "?"),
				relation));
		why(pair).forEach((part) -> words.add(part.text()));
		return String.join(" ", words);
	}

	/** A NAF class followed by its label, when the catalogue has one. */
	private String labelled(String nafClass) {
		String label = this.naf.label(nafClass);
		return label.isEmpty() ? nafClass : nafClass + " (" + label + ")";
	}

	private String name(String name) {
		return (name != null) ? name : this.anonymousUnknown;
	}

	private String anonymous(String nafClass) {
		return text("coopetition.map.anonymous", nafClass);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
