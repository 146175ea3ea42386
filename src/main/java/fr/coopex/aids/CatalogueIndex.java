package fr.coopex.aids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

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

	private static final int NO_DATE = CatalogueOrder.NO_DATE;

	private static final int NATIONAL_BIT = CatalogueFacets.NATIONAL_BIT;

	final long revision;

	/** Published aids in name order: a position is also the name rank. */
	private final AidView[] docs;

	private final Map<Long, Integer> positions = new HashMap<>();

	private final CatalogueText text;

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
		CatalogueText.Builder words = new CatalogueText.Builder(n);
		for (int i = 0; i < n; i++) {
			AidData d = this.docs[i].data();
			this.positions.put(this.docs[i].id(), i);
			words.aid(i, String.join(" ", nonNull(d.name()), nonNull(d.shortName()),
					String.join(" ", d.operatorNames()), nonNull(d.paysForDetails()), nonNull(d.description())));
			words.field(d.name(), NAME).field(d.shortName(), NAME);
			for (AidData.Operator operator : d.operators()) {
				words.field(operator.name(), OPERATORS).field(operator.role(), OPERATORS / 2);
			}
			for (PaysFor p : d.paysFor()) {
				words.field(labels.apply("aids.pays-for." + p.name()), PAYS_FOR);
			}
			words.field(d.paysForDetails(), PAYS_FOR);
			if (d.kind() != null) {
				words.field(labels.apply("aids.kind." + d.kind().name()), DESCRIPTION);
			}
			words.field(d.description(), DESCRIPTION);
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
		this.text = words.build();
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
		TextMatches matches = this.text.match(q.text());
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
		long[] keys = new long[matches.ids().length];
		int found = 0;
		for (int m = 0; m < matches.ids().length; m++) {
			int i = matches.ids()[m];
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
				CatalogueFacets.countBits(this.paysFor[i], paysCounts);
			}
			if (failures == 0 || !pRegion) {
				CatalogueFacets.countBits(this.regions[i], regionCounts);
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
				keys[found++] = CatalogueOrder.key(q.sort(), this.status[i], this.closesOn[i], matches.scores()[m],
						soonFrom, i);
			}
		}
		int pageCount = Math.max(1, (found + q.pageSize() - 1) / q.pageSize());
		boolean outOfRange = q.page() >= pageCount;
		int page = outOfRange ? 0 : q.page();
		long[] sorted = CatalogueOrder.smallest(keys, found, (page + 1) * q.pageSize());
		List<Hit> hits = new ArrayList<>(q.pageSize());
		for (int k = page * q.pageSize(); k < sorted.length; k++) {
			int i = CatalogueOrder.position(sorted[k]);
			hits.add(new Hit(this.docs[i], verdicts == null ? null : Verdict.values()[verdicts[i]]));
		}
		Facets facets = new Facets(CatalogueFacets.operators(this.operatorNames, operatorCounts, q.operator()),
				CatalogueFacets.of(AidKind.values(), kindCounts, q.kind()),
				CatalogueFacets.of(PaysFor.values(), paysCounts, q.paysFor()),
				CatalogueFacets.regions(regionCounts, q.region()),
				CatalogueFacets.of(AidStatus.values(), statusCounts, q.status()), soonCount, mineCount, unknownCount);
		return new AidSearchResult(List.copyOf(hits), found, page, pageCount, outOfRange, facets);
	}

	private boolean isClosed(int i) {
		return this.status[i] == AidStatus.CLOSED.ordinal() || this.status[i] == AidStatus.HISTORICAL.ordinal();
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

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
