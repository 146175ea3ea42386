package fr.coopex.shared.money;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts written in one reader's language: the templates' {@code #money} (for example
 * {@code ${#money.format(share.net())}}), made for each page with the page's locale by
 * {@code shared/web/TemplateExpressions}. The text is {@link MoneyFormat}'s.
 */
public final class MoneyText {

	private final Locale locale;

	public MoneyText(Locale locale) {
		this.locale = locale;
	}

	/** The amount with its cents and its currency; a dash for none. */
	public String format(BigDecimal amount) {
		return MoneyFormat.euros(amount, this.locale);
	}

}
