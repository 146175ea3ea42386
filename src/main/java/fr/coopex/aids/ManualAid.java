package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A de minimis aid a firm received outside Coopex, as it enters it.
 *
 * @param name the aid
 * @param grantingBody who granted it
 * @param grantedOn the day the right to it arose (the decision)
 * @param amount its gross amount in euros
 */
public record ManualAid(String name, String grantingBody, LocalDate grantedOn, BigDecimal amount) {
}
