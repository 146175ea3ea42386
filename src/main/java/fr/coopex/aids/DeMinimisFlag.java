package fr.coopex.aids;

/**
 * Whether an aid is de minimis, and the text that says so.
 *
 * @param status yes, no or unknown
 * @param source where it is written (a decree, the aid's rules, a page), or null
 */
public record DeMinimisFlag(DeMinimis status, String source) {

	/** What an aid no curator has looked at says. */
	public static final DeMinimisFlag NOT_SET = new DeMinimisFlag(DeMinimis.UNKNOWN, null);

	public DeMinimisFlag {
		status = (status == null) ? DeMinimis.UNKNOWN : status;
		source = (source == null || source.isBlank()) ? null : source.strip();
	}

}
