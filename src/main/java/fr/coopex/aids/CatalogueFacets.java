package fr.coopex.aids;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.coopex.aids.AidSearchResult.FacetValue;
import fr.coopex.companies.Region;

/**
 * The facets of a catalogue search ({@link CatalogueIndex}) from its counts: a value is
 * listed when aids have it or when it is the one chosen.
 */
final class CatalogueFacets {

	/** The bit of a region mask that stands for "nationwide". */
	static final int NATIONAL_BIT = Region.values().length;

	private CatalogueFacets() {
	}

	/** Adds one to the count of each bit set in {@code mask}. */
	static void countBits(int mask, int[] counts) {
		int bits = mask;
		while (bits != 0) {
			int bit = Integer.numberOfTrailingZeros(bits);
			counts[bit]++;
			bits &= bits - 1;
		}
	}

	/** Operators, the most frequent first. */
	static List<FacetValue> operators(String[] names, int[] counts, String selected) {
		List<FacetValue> values = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0 || names[i].equals(selected)) {
				values.add(new FacetValue(names[i], counts[i], names[i].equals(selected)));
			}
		}
		values.sort(Comparator.comparingInt(FacetValue::count).reversed());
		return values;
	}

	static <E extends Enum<E>> List<FacetValue> of(E[] values, int[] counts, E selected) {
		List<FacetValue> facet = new ArrayList<>();
		for (E value : values) {
			if (counts[value.ordinal()] > 0 || value == selected) {
				facet.add(new FacetValue(value.name(), counts[value.ordinal()], value == selected));
			}
		}
		return facet;
	}

	/** "Nationwide" first, then the regions in their order. */
	static List<FacetValue> regions(int[] counts, String selected) {
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

}
