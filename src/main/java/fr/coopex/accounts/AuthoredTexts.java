package fr.coopex.accounts;

import java.time.Instant;
import java.util.List;

/**
 * The texts a person wrote in one module (notes, messages, descriptions), for the export
 * of their personal data. A module that keeps what its users write implements it as a
 * bean; {@link PersonalWritings} collects every implementation, so that the accounts
 * never read another module's tables.
 */
public interface AuthoredTexts {

	/** What the person wrote in this module, oldest first; empty when nothing. */
	List<AuthoredText> writtenBy(long userId);

	/**
	 * One text: its kind ({@code missions.lead-notes}: the module, then what it is), when
	 * it was written, what it is about (a mission, an ecosystem, an aid) and the text.
	 */
	record AuthoredText(String kind, Instant at, String about, String text) {
	}

}
