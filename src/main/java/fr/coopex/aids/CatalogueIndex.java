package fr.coopex.aids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import fr.coopex.aids.AidSearchResult.FacetValue;
import fr.coopex.aids.AidSearchResult.Facets;
import fr.coopex.aids.AidSearchResult.Hit;
import fr.coopex.aids.Eligibility.Verdict;
import fr.coopex.companies.Region;
import fr.coopex.shared.text.FrenchAnalysis;

/**
 * An immutable in-memory index of the published aids, rebuilt whenever the catalogue
 * changes ({@link AidCatalogue}). A search costs a few postings walks and one pass over
 * the aids found, with no allocation per aid beyond two arrays: the catalogue is small
 * (thousands of aids at most).
 * <p>
 * Words are matched on their stems ({@link FrenchAnalysis}, Lucene's French analysis);
 * the last word of the query also matches as a prefix, for searching as one types. Every
 * word must match. A field weighs by where the word is: name, then operators, then what
 * the aid pays for, then its description. A query with no word at all (only punctuation
 * such as {@code %}) is looked for literally in the folded texts.
 */
final class CatalogueIndex {

	static final float NAME = 10f;

	static final float OPERATORS = 4f;

	static final float PAYS_FOR = 3f;

	static final float DESCRIPTION = 2f;

	/** A prefix match of the last word counts less than the whole word. */
	static final float PREFIX = 0.6f;

	private static final int MAX_PREFIX_TERMS = 200;

	private static final int NO_DATE = Integer.MIN_VALUE;

	private static final int NATIONAL_BIT = Region.values().length;

	final long revision;

	/** Published aids in name order: a position is also the name rank. */
	private final AidView[] docs;

	private final Map<Long, Integer> positions = new HashMap<>();

	private final NavigableMap<String, Posting> postings;

	private final String[] literal;

	private final String[] operatorNames;

	private final int[][] docOperators;

	private final int[] kind;

	private final int[] paysFor;

	private final int[] regions;

	private final int[] status;

	private final int[] closesOn;

	/**
	 * @param labels the words that name a code in every language (e.g.
	 * {@code aids.pays-for.TRADE_FAIRS} gives "Salons professionnels Trade fairs"),
	 * indexed with the aids that have it
	 */
	CatalogueIndex(List<AidView> aids, long revision, Function<String, String> labels) {
		this.revision = revision;
		// fold each name once, not at each comparison
		Map<Long, String> sortKeys = new HashMap<>();
		aids.forEach((a) -> sortKeys.put(a.id(), FrenchAnalysis.fold(a.displayName())));
		this.docs = aids.stream()
			.sorted(Comparator.comparing((AidView a) -> sortKeys.get(a.id())).thenComparing(AidView::id))
			.toArray(AidView[]::new);
		int n = this.docs.length;
		this.literal = new String[n];
		this.docOperators = new int[n][];
		this.kind = new int[n];
		this.paysFor = new int[n];
		this.regions = new int[n];
		this.status = new int[n];
		this.closesOn = new int[n];
		Map<String, String> foldedNames = new HashMap<>();
		for (AidView aid : this.docs) {
			aid.data().operatorNames().forEach((name) -> foldedNames.computeIfAbsent(name, FrenchAnalysis::fold));
		}
		TreeSet<String> names = new TreeSet<>(
				Comparator.comparing((String name) -> foldedNames.get(name)).thenComparing(Comparator.naturalOrder()));
		names.addAll(foldedNames.keySet());
		this.operatorNames = names.toArray(String[]::new);
		Map<String, Integer> operatorIds = new HashMap<>();
		for (int i = 0; i < this.operatorNames.length; i++) {
			operatorIds.put(this.operatorNames[i], i);
		}
		Map<String, PostingBuilder> building = new HashMap<>();
		for (int i = 0; i < n; i++) {
			AidData d = this.docs[i].data();
			this.positions.put(this.docs[i].id(), i);
			Map<String, Float> weights = new HashMap<>();
			add(weights, d.name(), NAME);
			add(weights, d.shortName(), NAME);
			for (AidData.Operator operator : d.operators()) {
				add(weights, operator.name(), OPERATORS);
				add(weights, operator.role(), OPERATORS / 2);
			}
			for (PaysFor p : d.paysFor()) {
				add(weights, labels.apply("aids.pays-for." + p.name()), PAYS_FOR);
			}
			add(weights, d.paysForDetails(), PAYS_FOR);
			if (d.kind() != null) {
				add(weights, labels.apply("aids.kind." + d.kind().name()), DESCRIPTION);
			}
			add(weights, d.description(), DESCRIPTION);
			for (Map.Entry<String, Float> entry : weights.entrySet()) {
				building.computeIfAbsent(entry.getKey(), (k) -> new PostingBuilder()).add(i, entry.getValue());
			}
			this.literal[i] = FrenchAnalysis.fold(String.join(" ", nonNull(d.name()), nonNull(d.shortName()),
					String.join(" ", d.operatorNames()), nonNull(d.paysForDetails()), nonNull(d.description())));
			this.docOperators[i] = d.operatorNames().stream().mapToInt(operatorIds::get).distinct().toArray();
			this.kind[i] = d.kind() == null ? -1 : d.kind().ordinal();
			int pays = 0;
			for (PaysFor p : d.paysFor()) {
				pays |= 1 << p.ordinal();
			}
			this.paysFor[i] = pays;
			int regionBits = 0;
			for (Region r : d.criteria().regions()) {
				regionBits |= 1 << r.ordinal();
			}
			this.regions[i] = regionBits == 0 ? 1 << NATIONAL_BIT : regionBits;
			this.status[i] = d.status() == null ? -1 : d.status().ordinal();
			this.closesOn[i] = d.closesOn() == null ? NO_DATE : (int) d.closesOn().toEpochDay();
		}
		TreeMap<String, Posting> frozen = new TreeMap<>();
		building.forEach((term, builder) -> frozen.put(term, builder.build()));
		this.postings = frozen;
	}

	int size() {
		return this.docs.length;
	}

	AidView get(long id) {
		Integer position = this.positions.get(id);
		return position == null ? null : this.docs[position];
	}

	/** Every published aid, in name order. */
	List<AidView> all() {
		return List.of(this.docs);
	}

	/** The position of an aid in {@link #all()}, for verdict arrays; -1 when absent. */
	int position(long id) {
		Integer position = this.positions.get(id);
		return position == null ? -1 : position;
	}

	/** The names of every operator of a published aid. */
	List<String> operatorNames() {
		return List.of(this.operatorNames);
	}

	/**
	 * @param verdicts the viewer's company's verdict for each aid, by position
	 * ({@link Verdict#ordinal()}), or {@code null}
	 */
	AidSearchResult search(AidSearch q, byte[] verdicts, LocalDate today) {
		int n = this.docs.length;
		float[] score = new float[n];
		boolean[] textMatch = matchText(q.text(), score);
		int soonFrom = (int) today.toEpochDay();
		int soonTo = soonFrom + AidSearch.SOON_DAYS;
		int wantedOperator = q.operator() == null ? -2 : Arrays.asList(this.operatorNames).indexOf(q.operator());
		int wantedRegionBit = regionBit(q.region());
		boolean mine = q.forMyCompany() && verdicts != null;

		int[] operatorCounts = new int[this.operatorNames.length];
		int[] kindCounts = new int[AidKind.values().length];
		int[] paysCounts = new int[PaysFor.values().length];
		int[] regionCounts = new int[NATIONAL_BIT + 1];
		int[] statusCounts = new int[AidStatus.values().length];
		int soonCount = 0;
		int mineCount = 0;
		int unknownCount = 0;
		long[] keys = new long[n];
		int found = 0;
		for (int i = 0; i < n; i++) {
			if (!textMatch[i]) {
				continue;
			}
			boolean soon = this.closesOn[i] != NO_DATE && this.closesOn[i] >= soonFrom && this.closesOn[i] <= soonTo;
			// a closed or historical aid is not one the company may still get
			boolean fits = verdicts != null && verdicts[i] != Verdict.NOT_ELIGIBLE.ordinal() && !isClosed(i);
			boolean pOperator = wantedOperator == -2 || contains(this.docOperators[i], wantedOperator);
			boolean pKind = q.kind() == null || this.kind[i] == q.kind().ordinal();
			boolean pPays = q.paysFor() == null || (this.paysFor[i] & (1 << q.paysFor().ordinal())) != 0;
			boolean pRegion = wantedRegionBit < 0 || (this.regions[i] & (1 << wantedRegionBit)) != 0;
			boolean pStatus = q.status() == null || this.status[i] == q.status().ordinal()
					|| (q.includeUnknown() && this.status[i] < 0);
			boolean pSoon = !q.closingSoon() || soon;
			boolean pMine = !mine || fits;
			int failures = (pOperator ? 0 : 1) + (pKind ? 0 : 1) + (pPays ? 0 : 1) + (pRegion ? 0 : 1)
					+ (pStatus ? 0 : 1) + (pSoon ? 0 : 1) + (pMine ? 0 : 1);
			if (failures > 1) {
				continue;
			}
			// a facet's counts ignore its own choice: count where every other facet
			// passes
			if (failures == 0 || !pOperator) {
				for (int op : this.docOperators[i]) {
					operatorCounts[op]++;
				}
			}
			if ((failures == 0 || !pKind) && this.kind[i] >= 0) {
				kindCounts[this.kind[i]]++;
			}
			if (failures == 0 || !pPays) {
				countBits(this.paysFor[i], paysCounts);
			}
			if (failures == 0 || !pRegion) {
				countBits(this.regions[i], regionCounts);
			}
			if ((failures == 0 || !pStatus) && this.status[i] >= 0) {
				statusCounts[this.status[i]]++;
			}
			// counted as the statuses are: ignoring the status chosen
			if ((failures == 0 || !pStatus) && this.status[i] < 0) {
				unknownCount++;
			}
			if ((failures == 0 || !pSoon) && soon) {
				soonCount++;
			}
			if ((failures == 0 || !pMine) && fits) {
				mineCount++;
			}
			if (failures == 0) {
				keys[found++] = sortKey(q, i, score[i], soonFrom);
			}
		}
		long[] sorted = Arrays.copyOf(keys, found);
		Arrays.sort(sorted);
		int pageCount = Math.max(1, (found + q.pageSize() - 1) / q.pageSize());
		boolean outOfRange = q.page() >= pageCount;
		int page = outOfRange ? 0 : q.page();
		List<Hit> hits = new ArrayList<>(q.pageSize());
		for (int k = page * q.pageSize(); k < Math.min(found, (page + 1) * q.pageSize()); k++) {
			int i = (int) (sorted[k] & ID_MASK);
			hits.add(new Hit(this.docs[i], verdicts == null ? null : Verdict.values()[verdicts[i]]));
		}
		Facets facets = new Facets(operatorFacet(operatorCounts, q.operator()),
				enumFacet(AidKind.values(), kindCounts, q.kind()), enumFacet(PaysFor.values(), paysCounts, q.paysFor()),
				regionFacet(regionCounts, q.region()), enumFacet(AidStatus.values(), statusCounts, q.status()),
				soonCount, mineCount, unknownCount);
		return new AidSearchResult(List.copyOf(hits), found, page, pageCount, outOfRange, facets);
	}

	private static final long ID_MASK = (1L << 28) - 1;

	/**
	 * Status rank first (open aids, then those of unknown status, closed, historical),
	 * then the order asked for in 32 bits, position (name) last. Sorted by name, the
	 * status does not count: the reader asked for alphabetical order.
	 */
	private long sortKey(AidSearch q, int i, float score, int today) {
		long primary = switch (q.sort()) {
			case RELEVANCE -> (long) (Integer.MAX_VALUE - Math.min(score * 100f, Integer.MAX_VALUE - 1));
			case DEADLINE -> (this.closesOn[i] == NO_DATE || this.closesOn[i] < today) ? Integer.MAX_VALUE
					: this.closesOn[i] - (long) today;
			case NAME -> 0;
		};
		long statusRank = (q.sort() == AidSearch.Sort.NAME) ? 0 : statusRank(this.status[i]);
		return (statusRank << 60) | (primary << 28) | i;
	}

	private boolean isClosed(int i) {
		return this.status[i] == AidStatus.CLOSED.ordinal() || this.status[i] == AidStatus.HISTORICAL.ordinal();
	}

	/** Open aids first, then those of unknown status, closed, historical. */
	private static long statusRank(int status) {
		if (status == AidStatus.OPEN.ordinal()) {
			return 0;
		}
		return status < 0 ? 1 : status + 1;
	}

	/**
	 * Marks the aids whose texts match, adding each word's weight to their score.
	 */
	private boolean[] matchText(String text, float[] score) {
		int n = this.docs.length;
		boolean[] match = new boolean[n];
		if (text == null || text.isBlank()) {
			Arrays.fill(match, true);
			return match;
		}
		List<String> terms = new ArrayList<>(new java.util.LinkedHashSet<>(FrenchAnalysis.terms(text)));
		if (terms.isEmpty()) {
			String folded = FrenchAnalysis.fold(text.strip());
			for (int i = 0; i < n; i++) {
				match[i] = this.literal[i].contains(folded);
			}
			return match;
		}
		boolean lastIsPrefix = !Character.isWhitespace(text.charAt(text.length() - 1));
		int[] hits = new int[n];
		for (int t = 0; t < terms.size(); t++) {
			String term = terms.get(t);
			Posting exact = this.postings.get(term);
			if (exact != null) {
				walk(exact, t, 1f, hits, score);
			}
			if (t == terms.size() - 1 && lastIsPrefix && term.length() >= 2) {
				int expanded = 0;
				for (Map.Entry<String, Posting> entry : this.postings
					.subMap(term, false, term + Character.MAX_VALUE, false)
					.entrySet()) {
					walk(entry.getValue(), t, PREFIX, hits, score);
					if (++expanded >= MAX_PREFIX_TERMS) {
						break;
					}
				}
			}
		}
		for (int i = 0; i < n; i++) {
			match[i] = hits[i] == terms.size();
		}
		return match;
	}

	/** Counts a document for term t once, when every earlier term matched it. */
	private static void walk(Posting posting, int t, float factor, int[] hits, float[] score) {
		for (int j = 0; j < posting.ids.length; j++) {
			int id = posting.ids[j];
			if (hits[id] == t) {
				hits[id] = t + 1;
				score[id] += posting.weights[j] * factor;
			}
		}
	}

	private static int regionBit(String region) {
		if (region == null) {
			return -1;
		}
		if (AidSearch.NATIONAL.equals(region)) {
			return NATIONAL_BIT;
		}
		return Region.parse(region).map(Enum::ordinal).orElse(-1);
	}

	private static boolean contains(int[] values, int wanted) {
		for (int value : values) {
			if (value == wanted) {
				return true;
			}
		}
		return false;
	}

	private static void countBits(int mask, int[] counts) {
		int bits = mask;
		while (bits != 0) {
			int bit = Integer.numberOfTrailingZeros(bits);
			counts[bit]++;
			bits &= bits - 1;
		}
	}

	private List<FacetValue> operatorFacet(int[] counts, String selected) {
		List<FacetValue> values = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0 || this.operatorNames[i].equals(selected)) {
				values.add(new FacetValue(this.operatorNames[i], counts[i], this.operatorNames[i].equals(selected)));
			}
		}
		values.sort(Comparator.comparingInt(FacetValue::count).reversed());
		return values;
	}

	private static <E extends Enum<E>> List<FacetValue> enumFacet(E[] values, int[] counts, E selected) {
		List<FacetValue> facet = new ArrayList<>();
		for (E value : values) {
			if (counts[value.ordinal()] > 0 || value == selected) {
				facet.add(new FacetValue(value.name(), counts[value.ordinal()], value == selected));
			}
		}
		return facet;
	}

	private static List<FacetValue> regionFacet(int[] counts, String selected) {
		List<FacetValue> facet = new ArrayList<>();
		if (counts[NATIONAL_BIT] > 0 || AidSearch.NATIONAL.equals(selected)) {
			facet.add(new FacetValue(AidSearch.NATIONAL, counts[NATIONAL_BIT], AidSearch.NATIONAL.equals(selected)));
		}
		for (Region region : Region.values()) {
			boolean chosen = region.name().equals(selected);
			if (counts[region.ordinal()] > 0 || chosen) {
				facet.add(new FacetValue(region.name(), counts[region.ordinal()], chosen));
			}
		}
		return facet;
	}

	private static void add(Map<String, Float> weights, String text, float weight) {
		if (text == null) {
			return;
		}
		for (String stem : FrenchAnalysis.terms(text)) {
			weights.merge(stem, weight, Math::max);
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	/** The aids that contain a term, and its weight in each. */
	private record Posting(int[] ids, float[] weights) {
	}

	private static final class PostingBuilder {

		private int[] ids = new int[4];

		private float[] weights = new float[4];

		private int size;

		void add(int id, float weight) {
			if (this.size == this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, this.size * 2);
				this.weights = Arrays.copyOf(this.weights, this.size * 2);
			}
			this.ids[this.size] = id;
			this.weights[this.size++] = weight;
		}

		Posting build() {
			return new Posting(Arrays.copyOf(this.ids, this.size), Arrays.copyOf(this.weights, this.size));
		}

	}

}
