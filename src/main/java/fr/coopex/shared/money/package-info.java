/**
 * Amounts as people write and read them: one parser for every money, area, rate and
 * weight field ({@link fr.coopex.shared.money.Amounts}), the form formatter that shows
 * them back in the page's language, and the amount with its currency: {@code #money} in
 * templates ({@link fr.coopex.shared.money.MoneyText}), the {@code money} bean elsewhere.
 */
package fr.coopex.shared.money;
