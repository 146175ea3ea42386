package fr.coopex.aids;

/**
 * How an aid's calls come: once, in recurring rounds, or open at any time.
 */
public enum Recurrence {

	ONE_OFF, RECURRING, ONGOING

}
