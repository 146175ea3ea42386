package fr.coopex.aids;

/**
 * Whether an aid of the catalogue is granted under the de minimis regulation, as its
 * curator set it. Until a curator says, it is {@link #UNKNOWN}, and the aid does not
 * count towards a firm's ceiling (the firm may still enter it by hand).
 */
public enum DeMinimis {

	YES, NO, UNKNOWN

}
