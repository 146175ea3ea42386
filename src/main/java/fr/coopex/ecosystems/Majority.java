package fr.coopex.ecosystems;

/**
 * The majority a consultation's winning option needs, of the votes cast, chosen when it
 * opens.
 */
public enum Majority {

	/** More than half of the votes cast. */
	SIMPLE,

	/** At least two thirds of the votes cast. */
	TWO_THIRDS;

	/** Whether {@code votes} of {@code cast} reach this majority. */
	public boolean reachedBy(int votes, int cast) {
		if (cast <= 0) {
			return false;
		}
		return switch (this) {
			case SIMPLE -> votes * 2 > cast;
			case TWO_THIRDS -> votes * 3 >= cast * 2;
		};
	}

}
