package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One de minimis aid of a firm's register.
 *
 * @param origin where it was found
 * @param id the hand-entered line's id (to remove it), else the application's or the
 * aid's id
 * @param name the aid
 * @param grantingBody who grants it (the aid's operators, the pool's label, or as typed)
 * @param grantedOn the day the right to the aid arose
 * @param amount the gross amount, in euros
 */
public record DeMinimisEntry(Origin origin, long id, String name, String grantingBody, LocalDate grantedOn,
		BigDecimal amount) {

	/** Where an entry of the register comes from. */
	public enum Origin {

		/** An amount granted, in the firm's application tracker. */
		APPLICATION,
		/** A subsidy received through a shared stand or mission of an ecosystem. */
		POOL,
		/** Entered by the firm. */
		MANUAL

	}

}
