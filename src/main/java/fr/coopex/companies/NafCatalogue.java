package fr.coopex.companies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import fr.coopex.shared.text.FrenchAnalysis;

/**
 * The NAF rév. 2 classification (INSEE), read once from the {@code naf_code} table at
 * start-up and kept in memory: it has 1,728 entries and changes only with a new
 * migration.
 * <p>
 * Codes are accepted as people type them ({@code 28.41Z}, {@code 28.41z}, {@code 2841Z},
 * {@code " 28 41 Z "}) and always answered in the INSEE form {@code 28.41Z}. No method
 * throws on null, blank or odd input.
 */
@Service
public class NafCatalogue {

	/** Longer input is cut before it is looked at. */
	static final int MAX_INPUT = 100;

	private static final Comparator<NafEntry> BY_CODE = Comparator.comparing(NafEntry::code);

	private final Map<String, NafEntry> byCode;

	private final List<NafEntry> sections;

	private final List<NafEntry> divisions;

	private final List<NafSearchable> subclasses;

	NafCatalogue(JdbcTemplate jdbc) {
		NafTable table = NafTable.read(jdbc);
		Map<String, NafEntry> entries = new HashMap<>();
		table.rows().keySet().forEach((code) -> entries.put(code, table.entry(code)));
		this.byCode = Map.copyOf(entries);
		this.sections = sorted(entries, NafLevel.SECTION);
		this.divisions = sorted(entries, NafLevel.DIVISION);
		Map<String, String> keywords = NafKeywords.load();
		this.subclasses = sorted(entries, NafLevel.SUBCLASS).stream()
			.map((e) -> new NafSearchable(e, table.ancestorLabels(e.code()), keywords.get(e.code())))
			.toList();
	}

	/**
	 * The sub-class of that code, in any usual spelling ({@code 28.41Z}, {@code 2841z});
	 * empty when it is not a sub-class code.
	 */
	public Optional<NafEntry> subclass(String code) {
		return find(code).filter(NafEntry::isSubclass);
	}

	/** Whether the code, in any usual spelling, is a NAF sub-class (a valid APE code). */
	public boolean isSubclass(String code) {
		return subclass(code).isPresent();
	}

	/**
	 * The entry of that code, at any level ({@code C}, {@code 28}, {@code 28.4}, ...).
	 */
	public Optional<NafEntry> find(String anyLevelCode) {
		return normalise(anyLevelCode).map(this.byCode::get);
	}

	/**
	 * The label of a code of any level, or an empty text when unknown (for templates).
	 */
	public String label(String code) {
		return find(code).map(NafEntry::label).orElse("");
	}

	/** The 21 sections, A to U. */
	public List<NafEntry> sections() {
		return this.sections;
	}

	/** The 88 divisions, 01 to 99, in code order. */
	public List<NafEntry> divisions() {
		return this.divisions;
	}

	/**
	 * Sub-classes matching a text typed in a picker, at most {@code limit}. Every word of
	 * the text must match: a word that reads as a code ({@code 28}, {@code 28.4},
	 * {@code 2841z}) as the start of the code, any other word as the start of a word of
	 * the label of the sub-class or of one of its parents (class, group, division,
	 * section) or of the words people use for it ("robot", "automatisme"), compared with
	 * the platform's French analysis ({@link FrenchAnalysis}: case, accents, elisions and
	 * plural or feminine forms do not matter; "moteur" finds "moteurs", "electro" finds
	 * "électroménagers"). The sub-class whose code is exactly the text comes first, then
	 * those whose own label holds the most words, then the others, by code. Blank text,
	 * or text with no letter or digit, finds nothing.
	 */
	public List<NafEntry> search(String text, int limit) {
		if (text == null || text.isBlank() || limit <= 0) {
			return List.of();
		}
		NafQuery query = NafQuery.parse(cut(text));
		if (query.isEmpty()) {
			return List.of();
		}
		List<NafSearchable> matches = new ArrayList<>();
		for (NafSearchable candidate : this.subclasses) {
			if (candidate.matches(query)) {
				matches.add(candidate);
			}
		}
		return matches.stream()
			.sorted(Comparator.comparing((NafSearchable s) -> !s.compactCode().equals(query.exactCode()))
				.thenComparing(Comparator.comparingInt((NafSearchable s) -> s.ownMatches(query)).reversed())
				.thenComparing((s) -> s.entry().code()))
			.limit(limit)
			.map(NafSearchable::entry)
			.toList();
	}

	/**
	 * The INSEE form of a code typed in any usual way ({@code 2841z} becomes
	 * {@code 28.41Z}, {@code c} becomes {@code C}), whether or not the code exists; empty
	 * when it cannot be a NAF code.
	 */
	public static Optional<String> normalise(String code) {
		return NafCodes.normalise(code);
	}

	private static List<NafEntry> sorted(Map<String, NafEntry> entries, NafLevel level) {
		return entries.values().stream().filter((e) -> e.level() == level).sorted(BY_CODE).toList();
	}

	private static String cut(String text) {
		return text.length() <= MAX_INPUT ? text : text.substring(0, MAX_INPUT);
	}

}
