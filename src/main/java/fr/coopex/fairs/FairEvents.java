package fr.coopex.fairs;

/**
 * What happens to the calendar of fairs. Ids only.
 */
public final class FairEvents {

	private FairEvents() {
	}

	/** A fair was added or edited. */
	public record FairSaved(long fairId, long savedBy) {
	}

}
