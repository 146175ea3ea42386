package fr.coopex.companies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

	private static final Pattern COMPACT_CODE = Pattern.compile("[A-U]|\\d{2}|\\d{3}|\\d{4}|\\d{4}[A-Z]");

	/** A search word that reads as the start of a code: 2, 28, 28., 284, 28.4, 28.41Z. */
	private static final Pattern CODE_PREFIX = Pattern.compile("(?i)\\d|\\d{2}\\.?\\d{0,2}|\\d{2}\\.?\\d{2}[a-z]");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	private static final Comparator<NafEntry> BY_CODE = Comparator.comparing(NafEntry::code);

	private final Map<String, NafEntry> byCode;

	private final List<NafEntry> sections;

	private final List<NafEntry> divisions;

	private final List<Searchable> subclasses;

	NafCatalogue(JdbcTemplate jdbc) {
		Map<String, String[]> rows = new HashMap<>();
		jdbc.query("select code, level, label, parent_code from naf_code", (rs) -> {
			rows.put(rs.getString("code"),
					new String[] { rs.getString("level"), rs.getString("label"), rs.getString("parent_code") });
		});
		Map<String, NafEntry> entries = new HashMap<>();
		rows.forEach((code, row) -> entries.put(code, entry(code, row, rows)));
		this.byCode = Map.copyOf(entries);
		this.sections = sorted(entries, NafLevel.SECTION);
		this.divisions = sorted(entries, NafLevel.DIVISION);
		Map<String, String> keywords = NafKeywords.load();
		this.subclasses = sorted(entries, NafLevel.SUBCLASS).stream()
			.map((e) -> new Searchable(e, ancestorLabels(e.code(), rows), keywords.get(e.code())))
			.toList();
	}

	/** The labels of the parents of a code: class, group, division, section. */
	private static List<String> ancestorLabels(String code, Map<String, String[]> rows) {
		List<String> labels = new ArrayList<>();
		String[] row = rows.get(code);
		for (int step = 0; step < 5 && row != null && row[2] != null; step++) {
			row = rows.get(row[2]);
			if (row != null) {
				labels.add(row[1]);
			}
		}
		return labels;
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
		Query query = Query.parse(cut(text));
		if (query.isEmpty()) {
			return List.of();
		}
		List<Searchable> matches = new ArrayList<>();
		for (Searchable candidate : this.subclasses) {
			if (candidate.matches(query)) {
				matches.add(candidate);
			}
		}
		return matches.stream()
			.sorted(Comparator.comparing((Searchable s) -> !s.compactCode.equals(query.exactCode()))
				.thenComparing(Comparator.comparingInt((Searchable s) -> s.ownMatches(query)).reversed())
				.thenComparing((s) -> s.entry.code()))
			.limit(limit)
			.map(Searchable::entry)
			.toList();
	}

	/**
	 * The INSEE form of a code typed in any usual way ({@code 2841z} becomes
	 * {@code 28.41Z}, {@code c} becomes {@code C}), whether or not the code exists; empty
	 * when it cannot be a NAF code.
	 */
	public static Optional<String> normalise(String code) {
		if (code == null || code.length() > MAX_INPUT) {
			return Optional.empty();
		}
		String compact = compact(code);
		if (!COMPACT_CODE.matcher(compact).matches()) {
			return Optional.empty();
		}
		return Optional.of(compact.length() <= 2 ? compact : compact.substring(0, 2) + "." + compact.substring(2));
	}

	private static NafEntry entry(String code, String[] row, Map<String, String[]> rows) {
		NafLevel level = NafLevel.fromColumn(row[0]);
		String classCode = null;
		String divisionCode = null;
		String sectionCode = null;
		// walk up the parents: at most four steps, guarded against a malformed table
		String current = code;
		String[] currentRow = row;
		for (int step = 0; step < 5 && currentRow != null; step++) {
			switch (NafLevel.fromColumn(currentRow[0])) {
				case CLASS -> classCode = current;
				case DIVISION -> divisionCode = current;
				case SECTION -> sectionCode = current;
				default -> {
				}
			}
			current = currentRow[2];
			currentRow = (current != null) ? rows.get(current) : null;
		}
		return new NafEntry(code, level, row[1], classCode, divisionCode, sectionCode);
	}

	private static List<NafEntry> sorted(Map<String, NafEntry> entries, NafLevel level) {
		return entries.values().stream().filter((e) -> e.level() == level).sorted(BY_CODE).toList();
	}

	private static String cut(String text) {
		return text.length() <= MAX_INPUT ? text : text.substring(0, MAX_INPUT);
	}

	/** Upper case, without dots and spaces: {@code 28.41Z} becomes {@code 2841Z}. */
	private static String compact(String code) {
		StringBuilder compact = new StringBuilder(code.length());
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c != '.' && !Character.isWhitespace(c)) {
				compact.append(Character.toUpperCase(c));
			}
		}
		return compact.toString();
	}

	/** A search text split into code prefixes and label words. */
	private record Query(List<String> codePrefixes, List<String> words) {

		static Query parse(String text) {
			List<String> codes = new ArrayList<>();
			List<String> words = new ArrayList<>();
			for (String token : SEPARATORS.split(text.strip())) {
				if (CODE_PREFIX.matcher(token).matches()) {
					codes.add(compact(token));
				}
				else {
					words.addAll(FrenchAnalysis.terms(token));
				}
			}
			return new Query(List.copyOf(codes), List.copyOf(words));
		}

		boolean isEmpty() {
			return this.codePrefixes.isEmpty() && this.words.isEmpty();
		}

		/** The compact code the whole text names, when it is one full sub-class code. */
		String exactCode() {
			return (this.words.isEmpty() && this.codePrefixes.size() == 1) ? this.codePrefixes.get(0) : null;
		}

	}

	/**
	 * A sub-class with its compact code, the analysed words of its own label, and those
	 * of its own label, its parents' labels and its keywords.
	 */
	private record Searchable(NafEntry entry, String compactCode, Set<String> ownWords, Set<String> allWords) {

		Searchable(NafEntry entry, List<String> ancestorLabels, String keywords) {
			this(entry, compact(entry.code()), Set.copyOf(FrenchAnalysis.terms(entry.label())),
					allWords(entry.label(), ancestorLabels, keywords));
		}

		private static Set<String> allWords(String label, List<String> ancestorLabels, String keywords) {
			Set<String> words = new java.util.HashSet<>(FrenchAnalysis.terms(label));
			ancestorLabels.forEach((l) -> words.addAll(FrenchAnalysis.terms(l)));
			words.addAll(FrenchAnalysis.terms(keywords));
			return Set.copyOf(words);
		}

		boolean matches(Query query) {
			for (String prefix : query.codePrefixes()) {
				if (!this.compactCode.startsWith(prefix)) {
					return false;
				}
			}
			for (String word : query.words()) {
				if (this.allWords.stream().noneMatch((w) -> w.startsWith(word))) {
					return false;
				}
			}
			return true;
		}

		/** How many words of the query the sub-class's own label holds. */
		int ownMatches(Query query) {
			int count = 0;
			for (String word : query.words()) {
				if (this.ownWords.stream().anyMatch((w) -> w.startsWith(word))) {
					count++;
				}
			}
			return count;
		}

	}

}
