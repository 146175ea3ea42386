package fr.coopex.companies;

import java.util.Locale;

/**
 * The five levels of the NAF rév. 2 classification, from the broadest to the finest. A
 * company declares its main activity as a sub-class (code APE).
 */
public enum NafLevel {

	/** A letter, e.g. {@code C}. */
	SECTION,

	/** Two digits, e.g. {@code 28}. */
	DIVISION,

	/** Two digits, a dot and one digit, e.g. {@code 28.4}. */
	GROUP,

	/** Two digits, a dot and two digits, e.g. {@code 28.41}. */
	CLASS,

	/** A class code followed by a letter, e.g. {@code 28.41Z}. */
	SUBCLASS;

	/** The level as stored in the {@code naf_code.level} column. */
	static NafLevel fromColumn(String value) {
		return valueOf(value.strip().toUpperCase(Locale.ROOT));
	}

}
