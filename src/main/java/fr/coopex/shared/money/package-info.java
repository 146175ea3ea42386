/**
 * Amounts as people write and read them: one parser for every money, area, rate and
 * weight field ({@link fr.coopex.shared.money.Amounts}), the form formatter that shows
 * them back in the page's language, and the {@code @money} bean that gives an amount with
 * its currency.
 */
package fr.coopex.shared.money;
